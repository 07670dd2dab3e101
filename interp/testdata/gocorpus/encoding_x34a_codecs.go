package main

import (
	"encoding/ascii85"
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"iter"
	"strings"
)

type Codec interface {
	Name() string
	Encode([]byte) string
	Decode(string) ([]byte, error)
}

type stdCodec struct {
	name string
	enc  func([]byte) string
	dec  func(string) ([]byte, error)
}

func (c stdCodec) Name() string                    { return c.name }
func (c stdCodec) Encode(b []byte) string          { return c.enc(b) }
func (c stdCodec) Decode(s string) ([]byte, error) { return c.dec(s) }

type a85 struct{}

func (a85) Name() string { return "ascii85" }
func (a85) Encode(b []byte) string {
	dst := make([]byte, ascii85.MaxEncodedLen(len(b)))
	n := ascii85.Encode(dst, b)
	return string(dst[:n])
}
func (a85) Decode(s string) ([]byte, error) {
	dst := make([]byte, len(s)*4)
	n, _, err := ascii85.Decode(dst, []byte(s), true)
	return dst[:n], err
}

func codecs() iter.Seq2[int, Codec] {
	all := []Codec{
		stdCodec{"hex", hex.EncodeToString, hex.DecodeString},
		stdCodec{"base32", base32.StdEncoding.EncodeToString, base32.StdEncoding.DecodeString},
		stdCodec{"base32hex-nopad", base32.HexEncoding.WithPadding(base32.NoPadding).EncodeToString, base32.HexEncoding.WithPadding(base32.NoPadding).DecodeString},
		stdCodec{"base64", base64.StdEncoding.EncodeToString, base64.StdEncoding.DecodeString},
		stdCodec{"base64url", base64.URLEncoding.EncodeToString, base64.URLEncoding.DecodeString},
		a85{},
	}
	return func(yield func(int, Codec) bool) {
		for i, c := range all {
			if !yield(i, c) {
				return
			}
		}
	}
}

func chunks(s string, n int) iter.Seq[string] {
	return func(yield func(string) bool) {
		for len(s) > n {
			if !yield(s[:n]) {
				return
			}
			s = s[n:]
		}
		if s != "" {
			yield(s)
		}
	}
}

func main() {
	payloads := [][]byte{[]byte("hi?"), []byte("Gophers >>> all"), {0, 1, 254, 255}}
	for i, c := range codecs() {
		fmt.Printf("%d %s\n", i, c.Name())
		for _, p := range payloads {
			enc := c.Encode(p)
			dec, err := c.Decode(enc)
			ok := err == nil && string(dec) == string(p)
			fmt.Printf("   %-28s roundtrip=%v\n", enc, ok)
		}
	}
	for i, c := range codecs() {
		if i > 2 {
			break
		}
		_, err := c.Decode("!!!")
		fmt.Printf("%s bad input: %v\n", c.Name(), err)
	}
	long := base64.StdEncoding.EncodeToString([]byte(strings.Repeat("pem-like block ", 5)))
	fmt.Println("-----BEGIN DATA-----")
	for line := range chunks(long, 24) {
		fmt.Println(line)
	}
	fmt.Println("-----END DATA-----")
	var parts []string
	for p := range chunks("abcdefg", 3) {
		parts = append(parts, p)
	}
	fmt.Printf("%q\n", parts)
	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	fmt.Println(custom.EncodeToString([]byte("custom")))
	fmt.Println(hex.AppendEncode([]byte("0x"), []byte{0xca, 0xfe}), string(hex.AppendEncode([]byte("0x"), []byte{0xca, 0xfe})))
}
