package main

import (
	"bufio"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
)

type Record struct {
	Addr uint16
	Type byte
	Data []byte
}

var (
	ErrNoColon  = errors.New("record must start with ':'")
	ErrChecksum = errors.New("checksum mismatch")
)

func checksum(b []byte) byte {
	var s byte
	for _, x := range b {
		s += x
	}
	return -s
}

func ParseRecord(line string) (Record, error) {
	rest, ok := strings.CutPrefix(line, ":")
	if !ok {
		return Record{}, ErrNoColon
	}
	raw, err := hex.DecodeString(rest)
	if err != nil {
		return Record{}, fmt.Errorf("hex: %w", err)
	}
	if len(raw) < 5 || int(raw[0])+5 != len(raw) {
		return Record{}, fmt.Errorf("bad length %d", len(raw))
	}
	if c := checksum(raw[:len(raw)-1]); c != raw[len(raw)-1] {
		return Record{}, fmt.Errorf("%w: want %02X got %02X", ErrChecksum, c, raw[len(raw)-1])
	}
	return Record{uint16(raw[1])<<8 | uint16(raw[2]), raw[3], raw[4 : len(raw)-1]}, nil
}

func (r Record) String() string {
	b := []byte{byte(len(r.Data)), byte(r.Addr >> 8), byte(r.Addr), r.Type}
	b = append(b, r.Data...)
	b = append(b, checksum(b))
	return ":" + strings.ToUpper(hex.EncodeToString(b))
}

func encode(data []byte, base uint16, per int) []Record {
	var out []Record
	for off := 0; off < len(data); off += per {
		end := min(off+per, len(data))
		out = append(out, Record{base + uint16(off), 0, data[off:end]})
	}
	return append(out, Record{0, 1, nil})
}

const image = `:10010000214601360121470136007EFE09D2190140
:100110002146017E17C20001FF5F16002148011928
:10012000194E79234623965778239EDA3F01B2CAA7
:100130003F0156702B5E712B722B732146013421C7
:00000001FF
:0401000011223344
:10010000214601360121470136007EFE09D2190141
not a record
:0Z`

func main() {
	mem := map[uint16]byte{}
	sc := bufio.NewScanner(strings.NewReader(image))
	for n := 1; sc.Scan(); n++ {
		rec, err := ParseRecord(sc.Text())
		if err != nil {
			fmt.Printf("line %d: %v (checksum? %v)\n", n, err, errors.Is(err, ErrChecksum))
			continue
		}
		fmt.Printf("line %d: addr=%04X type=%d len=%2d roundtrip=%v\n", n, rec.Addr, rec.Type, len(rec.Data), rec.String() == sc.Text())
		for i, b := range rec.Data {
			mem[rec.Addr+uint16(i)] = b
		}
	}
	fmt.Printf("loaded %d bytes, first 4: % X\n", len(mem), []byte{mem[0x100], mem[0x101], mem[0x102], mem[0x103]})
	for _, r := range encode([]byte("Hello, Intel HEX format!"), 0x2000, 16) {
		fmt.Println(r)
	}
	fmt.Printf("%02x %v\n", checksum([]byte{0x01, 0xff}), Record{Addr: 0xABCD, Type: 4, Data: []byte{0}})
}
