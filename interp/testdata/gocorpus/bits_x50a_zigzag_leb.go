package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

func zigzag(v int64) uint64   { return uint64(v<<1) ^ uint64(v>>63) }
func unzigzag(u uint64) int64 { return int64(u>>1) ^ -int64(u&1) }

func putUvarint(buf []byte, x uint64) []byte {
	for x >= 0x80 {
		buf = append(buf, byte(x)|0x80)
		x >>= 7
	}
	return append(buf, byte(x))
}

var (
	errTruncated = errors.New("truncated varint")
	errOverflow  = errors.New("varint overflows 64 bits")
)

func uvarint(buf []byte) (uint64, int, error) {
	var x uint64
	var s uint
	for i, b := range buf {
		if i == binary.MaxVarintLen64 {
			return 0, 0, errOverflow
		}
		if b < 0x80 {
			if i == binary.MaxVarintLen64-1 && b > 1 {
				return 0, 0, errOverflow
			}
			return x | uint64(b)<<s, i + 1, nil
		}
		x |= uint64(b&0x7f) << s
		s += 7
	}
	return 0, 0, errTruncated
}

func main() {
	tests := []int64{0, -1, 1, -2, 2, 63, -64, 64, 1000, -1000, math.MaxInt32, math.MinInt64, math.MaxInt64}
	var stream []byte
	for _, v := range tests {
		z := zigzag(v)
		enc := putUvarint(nil, z)
		std := binary.AppendVarint(nil, v)
		same := string(enc) == string(std)
		fmt.Printf("%20d zz=%-20d bytes=%-2d % x same=%v\n", v, z, len(enc), enc, same)
		stream = append(stream, enc...)
	}
	fmt.Println("stream length:", len(stream))
	var decoded []int64
	for len(stream) > 0 {
		u, n, err := uvarint(stream)
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		decoded = append(decoded, unzigzag(u))
		stream = stream[n:]
	}
	ok := len(decoded) == len(tests)
	for i := range decoded {
		ok = ok && decoded[i] == tests[i]
	}
	fmt.Println("roundtrip ok:", ok)
	_, _, err := uvarint([]byte{0x80, 0x80})
	fmt.Println(err)
	_, _, err = uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f})
	fmt.Println(err)
	u, n := binary.Uvarint([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f})
	fmt.Println(u, n)
	f := math.Float64bits(-2.5)
	fmt.Printf("%#016x sign=%d exp=%d mant=%#x\n", f, f>>63, int(f>>52&0x7ff)-1023, f&(1<<52-1))
	fmt.Println(math.Float32frombits(0x40490fdb), math.Float64frombits(0x7ff0000000000000))
}
