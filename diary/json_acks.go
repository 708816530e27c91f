package diary

// acks reads the "acknowledged_flags" list and checks it (ValidateAcks).
func (d *jsonReader) acks(tok jsonToken) ([]FlagAck, error) {
	if tok.kind == tokNull {
		return nil, nil
	}
	d.enter("acknowledged_flags")
	defer d.leave()
	acks, start, err := readValue[[]FlagAck](d, tok)
	if err != nil {
		return nil, err
	}
	if len(d.ps) == start {
		d.ps = append(d.ps, ValidateAcks(acks)...)
	}
	SortAcks(acks)
	return acks, nil
}
