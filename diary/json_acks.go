package diary

import "reflect"

// acks reads the "acknowledged_flags" list and checks it (ValidateAcks).
func (d *jsonReader) acks(tok jsonToken) ([]FlagAck, error) {
	if tok.kind == tokNull {
		return nil, nil
	}
	d.enter("acknowledged_flags")
	defer d.leave()
	var acks []FlagAck
	v := reflect.ValueOf(&acks).Elem()
	ti, err := d.info(v.Type())
	if err != nil {
		return nil, err
	}
	start := len(d.ps)
	if _, err := d.value(tok, v, ti); err != nil {
		return nil, err
	}
	if len(d.ps) == start {
		d.ps = append(d.ps, ValidateAcks(acks)...)
	}
	SortAcks(acks)
	return acks, nil
}
