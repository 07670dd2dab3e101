// Exercises: encoding/hex and encoding/base64 round trips and crypto/sha256 digest.
package main

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
)

func main() {
	msg := []byte("hello, gopher")
	h := hex.EncodeToString(msg)
	fmt.Println(h)
	back, err := hex.DecodeString(h)
	fmt.Println(string(back), err)
	enc := base64.StdEncoding.EncodeToString(msg)
	fmt.Println(enc, base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff}))
	dec, _ := base64.StdEncoding.DecodeString(enc)
	fmt.Println(string(dec))
	sum := sha256.Sum256([]byte("abc"))
	fmt.Printf("%x\n", sum[:8])
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
}
