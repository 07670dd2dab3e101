package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
)

type Token struct {
	UserID  uint32
	Expires uint64
	Role    byte
}

func (t Token) Encode() string {
	var buf bytes.Buffer
	binary.Write(&buf, binary.BigEndian, t)
	return base64.RawURLEncoding.EncodeToString(buf.Bytes())
}

func DecodeToken(s string) (Token, error) {
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return Token{}, fmt.Errorf("decode token: %w", err)
	}
	var t Token
	if err := binary.Read(bytes.NewReader(raw), binary.BigEndian, &t); err != nil {
		return Token{}, fmt.Errorf("parse token: %w", err)
	}
	return t, nil
}

func main() {
	msg := []byte("Many hands make light work.")
	fmt.Println(base64.StdEncoding.EncodeToString(msg))
	fmt.Println(base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff, 0xfe}))
	fmt.Println(base64.StdEncoding.EncodeToString([]byte{0xfb, 0xff, 0xfe}))
	fmt.Println(base64.RawStdEncoding.EncodeToString([]byte("ab")), base64.StdEncoding.EncodedLen(10))

	dec, err := base64.StdEncoding.DecodeString("aGVsbG8gd29ybGQ=")
	fmt.Printf("%s %v\n", dec, err)
	_, err = base64.StdEncoding.DecodeString("not*valid")
	fmt.Println("err:", err)
	var cie base64.CorruptInputError
	fmt.Println(errors.As(err, &cie), int64(cie))

	tok := Token{UserID: 4242, Expires: 1700000000, Role: 'A'}
	s := tok.Encode()
	fmt.Println("token:", s)
	back, err := DecodeToken(s)
	fmt.Printf("%+v %v equal=%v\n", back, err, back == tok)
	_, err = DecodeToken(s[:5])
	fmt.Println(err)

	h := hex.EncodeToString([]byte("Go!\x00\xff"))
	fmt.Println(h, strings.ToUpper(h))
	raw, err := hex.DecodeString("48656c6c6f")
	fmt.Printf("%s %v\n", raw, err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err, errors.Is(err, hex.ErrLength))
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("The quick brown fox jumps")))

	var sb strings.Builder
	enc := base64.NewEncoder(base64.StdEncoding, &sb)
	for _, part := range []string{"stream", "ing ", "data"} {
		enc.Write([]byte(part))
	}
	enc.Close()
	fmt.Println(sb.String())

	b := make([]byte, 8)
	binary.LittleEndian.PutUint32(b, 0xdeadbeef)
	binary.BigEndian.PutUint16(b[4:], 0x1234)
	fmt.Printf("% x | %x\n", b, binary.LittleEndian.Uint64(b))
	vb := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(vb)
	fmt.Println(vb, v, n)
	fmt.Printf("%x %X % X %q\n", "hi", []byte{1, 171}, "ok", hex.EncodeToString(nil))
}
