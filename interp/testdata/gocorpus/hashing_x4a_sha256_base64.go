// Exercises: crypto/sha256 (Sum256 and a streaming hash.Hash), md5-free hex encoding, encoding/base64 standard and URL encodings, hex round trips.
package main

import (
	"crypto/sha256"
	b64 "encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
)

func main() {
	s := "sha256 this string"
	h := sha256.New()
	h.Write([]byte(s))
	bs := h.Sum(nil)
	fmt.Println(s)
	fmt.Printf("%x\n", bs)
	sum := sha256.Sum256([]byte("hello world\n"))
	fmt.Println(hex.EncodeToString(sum[:]))
	fmt.Printf("%T %d\n", sum, len(sum))
	h2 := sha256.New()
	io.WriteString(h2, "hello ")
	io.WriteString(h2, "world\n")
	fmt.Println(fmt.Sprintf("%x", h2.Sum(nil)) == hex.EncodeToString(sum[:]))
	data := "abc123!?$*&()'-=@~"
	sEnc := b64.StdEncoding.EncodeToString([]byte(data))
	fmt.Println(sEnc)
	sDec, _ := b64.StdEncoding.DecodeString(sEnc)
	fmt.Println(string(sDec))
	uEnc := b64.URLEncoding.EncodeToString([]byte(data))
	fmt.Println(uEnc)
	uDec, _ := b64.URLEncoding.DecodeString(uEnc)
	fmt.Println(string(uDec))
	fmt.Println(b64.RawStdEncoding.EncodeToString([]byte("a")))
	_, err := b64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
	raw, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(raw), err)
}
