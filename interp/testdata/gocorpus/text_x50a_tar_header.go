package main

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const blockLen = 512

type Header struct {
	Name  string
	Mode  int64
	UID   int
	Size  int64
	MTime int64
	Type  byte
}

func putOctal(b []byte, v int64) {
	s := strconv.FormatInt(v, 8)
	s = strings.Repeat("0", len(b)-1-len(s)) + s
	copy(b, s)
	b[len(b)-1] = 0
}

func parseOctal(b []byte) (int64, error) {
	s := strings.TrimRight(string(b), "\x00 ")
	if s == "" {
		return 0, nil
	}
	return strconv.ParseInt(s, 8, 64)
}

func checksum(block []byte) int64 {
	var sum int64
	for i, c := range block {
		if i >= 148 && i < 156 {
			c = ' '
		}
		sum += int64(c)
	}
	return sum
}

func (h *Header) Marshal() ([]byte, error) {
	if len(h.Name) > 100 {
		return nil, fmt.Errorf("name too long: %d bytes", len(h.Name))
	}
	b := make([]byte, blockLen)
	copy(b[0:100], h.Name)
	putOctal(b[100:108], h.Mode)
	putOctal(b[108:116], int64(h.UID))
	putOctal(b[124:136], h.Size)
	putOctal(b[136:148], h.MTime)
	b[156] = h.Type
	copy(b[257:263], "ustar\x00")
	copy(b[263:265], "00")
	putOctal(b[148:155], checksum(b))
	b[155] = ' '
	return b, nil
}

var ErrChecksum = errors.New("tar: invalid checksum")

func Unmarshal(b []byte) (*Header, error) {
	want, err := parseOctal(b[148:156])
	if err != nil {
		return nil, fmt.Errorf("checksum field: %w", err)
	}
	if got := checksum(b); got != want {
		return nil, fmt.Errorf("%w (got %d, want %d)", ErrChecksum, got, want)
	}
	h := &Header{Name: string(bytes.TrimRight(b[0:100], "\x00")), Type: b[156]}
	fields := []struct {
		dst *int64
		src []byte
	}{{&h.Mode, b[100:108]}, {&h.Size, b[124:136]}, {&h.MTime, b[136:148]}}
	for _, f := range fields {
		if *f.dst, err = parseOctal(f.src); err != nil {
			return nil, err
		}
	}
	uid, err := parseOctal(b[108:116])
	h.UID = int(uid)
	return h, err
}

func main() {
	hdrs := []Header{
		{"README", 0o644, 1000, 1234, 1700000000, '0'},
		{"bin/", 0o755, 0, 0, 1700000100, '5'},
		{strings.Repeat("x", 101), 0o600, 1, 1, 1, '0'},
	}
	for _, h := range hdrs {
		b, err := h.Marshal()
		if err != nil {
			fmt.Println("marshal:", err)
			continue
		}
		fmt.Printf("%q size=%q chk=%q magic=%q\n", b[:12], b[124:136], b[148:156], b[257:265])
		back, err := Unmarshal(b)
		fmt.Printf("  %+v %v equal=%v\n", *back, err, *back == h)
		b[0] ^= 0x20
		_, err = Unmarshal(b)
		fmt.Println("  tampered:", err, errors.Is(err, ErrChecksum))
	}
	n, err := strconv.ParseInt("789", 8, 64)
	fmt.Println(n, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 2)[:5], strconv.Itoa(0o17))
}
