package main

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"strings"
)

type Encoding struct {
	alphabet string
	index    [256]int8
	base     *big.Int
}

func NewEncoding(alphabet string) *Encoding {
	e := &Encoding{alphabet: alphabet, base: big.NewInt(int64(len(alphabet)))}
	for i := range e.index {
		e.index[i] = -1
	}
	for i := 0; i < len(alphabet); i++ {
		e.index[alphabet[i]] = int8(i)
	}
	return e
}

var (
	Base58 = NewEncoding("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
	Base62 = NewEncoding("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
	Base36 = NewEncoding("0123456789abcdefghijklmnopqrstuvwxyz")
)

type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return fmt.Sprintf("illegal character at input byte %d", int64(e))
}

func (e *Encoding) Encode(src []byte) string {
	zeros := 0
	for zeros < len(src) && src[zeros] == 0 {
		zeros++
	}
	n := new(big.Int).SetBytes(src)
	var out []byte
	mod := new(big.Int)
	for n.Sign() > 0 {
		n.DivMod(n, e.base, mod)
		out = append(out, e.alphabet[mod.Int64()])
	}
	for i := 0; i < zeros; i++ {
		out = append(out, e.alphabet[0])
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

func (e *Encoding) Decode(s string) ([]byte, error) {
	n := new(big.Int)
	zeros := 0
	for zeros < len(s) && s[zeros] == e.alphabet[0] {
		zeros++
	}
	for i := 0; i < len(s); i++ {
		d := e.index[s[i]]
		if d < 0 {
			return nil, CorruptInputError(i)
		}
		n.Mul(n, e.base)
		n.Add(n, big.NewInt(int64(d)))
	}
	return append(make([]byte, zeros), n.Bytes()...), nil
}

func (e *Encoding) EncodeUint(v uint64) string {
	if v == 0 {
		return e.alphabet[:1]
	}
	b := uint64(len(e.alphabet))
	var sb strings.Builder
	var digits []byte
	for v > 0 {
		digits = append(digits, e.alphabet[v%b])
		v /= b
	}
	for i := len(digits) - 1; i >= 0; i-- {
		sb.WriteByte(digits[i])
	}
	return sb.String()
}

func main() {
	inputs := [][]byte{
		[]byte("Hello World!"),
		{0, 0, 1, 2, 3},
		[]byte("The quick brown fox"),
		{},
		{0xff, 0xfe, 0xfd},
	}
	encs := []struct {
		name string
		enc  *Encoding
	}{{"base58", Base58}, {"base62", Base62}, {"base36", Base36}}
	for _, in := range inputs {
		for _, e := range encs {
			s := e.enc.Encode(in)
			back, err := e.enc.Decode(s)
			fmt.Printf("%s(%x) = %q roundtrip=%v err=%v\n", e.name, in, s, bytes.Equal(back, in), err)
		}
	}
	for _, v := range []uint64{0, 61, 62, 1<<63 + 12345, 1234567890} {
		fmt.Printf("%d -> %s / %s\n", v, Base62.EncodeUint(v), Base36.EncodeUint(v))
	}
	_, err := Base58.Decode("abc0def")
	var cie CorruptInputError
	fmt.Println(err, errors.As(err, &cie), int64(cie))
	fmt.Printf("%#v\n", cie)
}
