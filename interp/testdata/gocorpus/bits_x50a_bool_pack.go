package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
)

// PackBools packs booleans 8 per byte, MSB first.
func PackBools(bs []bool) []byte {
	out := make([]byte, (len(bs)+7)/8)
	for i, b := range bs {
		if b {
			out[i/8] |= 0x80 >> (i % 8)
		}
	}
	return out
}

func UnpackBools(b []byte, n int) []bool {
	out := make([]bool, n)
	for i := range out {
		out[i] = b[i/8]&(0x80>>(i%8)) != 0
	}
	return out
}

// Nibbles packs values 0..15 two per byte.
func Nibbles(vals []uint8) ([]byte, error) {
	out := make([]byte, 0, (len(vals)+1)/2)
	for i := 0; i < len(vals); i += 2 {
		hi := vals[i]
		var lo uint8
		if i+1 < len(vals) {
			lo = vals[i+1]
		}
		if hi > 15 || lo > 15 {
			return nil, fmt.Errorf("value out of range at %d: %d/%d", i, hi, lo)
		}
		out = append(out, hi<<4|lo)
	}
	return out, nil
}

type Date uint16 // FAT style: 7 bits year since 1980, 4 bits month, 5 bits day

func MakeDate(y, m, d int) Date { return Date((y-1980)<<9 | m<<5 | d) }
func (d Date) YMD() (int, int, int) {
	return int(d>>9) + 1980, int(d >> 5 & 0xf), int(d & 0x1f)
}
func (d Date) String() string {
	y, m, dd := d.YMD()
	return fmt.Sprintf("%04d-%02d-%02d", y, m, dd)
}

func main() {
	flags := []bool{true, false, true, true, false, false, false, true, true, true, false}
	packed := PackBools(flags)
	fmt.Printf("%08b\n", packed)
	back := UnpackBools(packed, len(flags))
	fmt.Println(back, fmt.Sprint(back) == fmt.Sprint(flags))

	nb, err := Nibbles([]uint8{1, 2, 15, 0, 7})
	fmt.Printf("%x %v\n", nb, err)
	_, err = Nibbles([]uint8{3, 16})
	fmt.Println(err)

	for _, d := range []Date{MakeDate(1980, 1, 1), MakeDate(2024, 2, 29), MakeDate(2107, 12, 31)} {
		fmt.Printf("%v %#04x %016b\n", d, uint16(d), uint16(d))
	}

	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Name = "bitmap.bin"
	text := strings.Repeat("\x00\xff", 500) + "tail"
	zw.Write([]byte(text))
	zw.Close()
	fmt.Println("raw", len(text), "gzipped", buf.Len())
	zr, err := gzip.NewReader(&buf)
	if err != nil {
		panic(err)
	}
	out, err := io.ReadAll(zr)
	fmt.Println(zr.Name, len(out), string(out[len(out)-4:]), err, bytes.Equal(out, []byte(text)))
	_, err = gzip.NewReader(strings.NewReader("not gzip"))
	fmt.Println(err)
}
