package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type Record struct {
	Key   string
	Value int64
	Tags  []uint64
}

func writeString(buf *bytes.Buffer, s string) {
	var tmp [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(tmp[:], uint64(len(s)))
	buf.Write(tmp[:n])
	buf.WriteString(s)
}

func (r Record) MarshalBinary() ([]byte, error) {
	var buf bytes.Buffer
	writeString(&buf, r.Key)
	buf.Write(binary.AppendVarint(nil, r.Value))
	buf.Write(binary.AppendUvarint(nil, uint64(len(r.Tags))))
	for _, t := range r.Tags {
		buf.Write(binary.AppendUvarint(nil, t))
	}
	return buf.Bytes(), nil
}

func (r *Record) UnmarshalBinary(data []byte) error {
	rd := bytes.NewReader(data)
	n, err := binary.ReadUvarint(rd)
	if err != nil {
		return err
	}
	key := make([]byte, n)
	if _, err := rd.Read(key); err != nil {
		return err
	}
	r.Key = string(key)
	if r.Value, err = binary.ReadVarint(rd); err != nil {
		return err
	}
	cnt, err := binary.ReadUvarint(rd)
	if err != nil {
		return err
	}
	r.Tags = make([]uint64, cnt)
	for i := range r.Tags {
		if r.Tags[i], err = binary.ReadUvarint(rd); err != nil {
			return fmt.Errorf("tag %d: %w", i, err)
		}
	}
	if rd.Len() != 0 {
		return fmt.Errorf("%d trailing bytes", rd.Len())
	}
	return nil
}

func main() {
	recs := []Record{
		{"alpha", 1, nil},
		{"beta", -300, []uint64{1, 127, 128, 16384}},
		{"", 1 << 50, []uint64{1<<64 - 1}},
	}
	for _, r := range recs {
		data, _ := r.MarshalBinary()
		fmt.Printf("%-6q %2d bytes: %x\n", r.Key, len(data), data)
		var back Record
		if err := back.UnmarshalBinary(data); err != nil {
			fmt.Println("error", err)
			continue
		}
		fmt.Printf("  %+v\n", back)
	}
	data, _ := recs[1].MarshalBinary()
	var bad Record
	fmt.Println(bad.UnmarshalBinary(data[:len(data)-1]))
	fmt.Println(bad.UnmarshalBinary(append(data, 9, 9)))
	for _, v := range []int64{0, -1, 1, 63, -64, 64, 1000000} {
		b := binary.AppendVarint(nil, v)
		x, n := binary.Varint(b)
		fmt.Printf("%d->%v(%d,%d) ", v, b, x, n)
	}
	fmt.Println()
}
