package main

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
)

type Block struct {
	Index    int
	Data     string
	PrevHash string
	Hash     string
}

func hashBlock(b Block) string {
	h := sha256.New()
	fmt.Fprintf(h, "%d|%s|%s", b.Index, b.Data, b.PrevHash)
	return hex.EncodeToString(h.Sum(nil))
}

func main() {
	s := "sha256 this string"
	h := sha256.New()
	h.Write([]byte(s))
	bs := h.Sum(nil)
	fmt.Println(s)
	fmt.Printf("%x\n", bs)

	sum := sha256.Sum256([]byte("hello world\n"))
	fmt.Printf("%x %d\n", sum[:4], len(sum))
	h2 := sha256.New()
	io.Copy(h2, strings.NewReader("hello "))
	io.WriteString(h2, "world\n")
	fmt.Println(hex.EncodeToString(h2.Sum(nil)) == hex.EncodeToString(sum[:]))

	chain := []Block{{Index: 0, Data: "genesis"}}
	chain[0].Hash = hashBlock(chain[0])
	for i, data := range []string{"alice->bob:5", "bob->carol:2"} {
		prev := chain[len(chain)-1]
		b := Block{Index: i + 1, Data: data, PrevHash: prev.Hash}
		b.Hash = hashBlock(b)
		chain = append(chain, b)
	}
	for _, b := range chain {
		fmt.Printf("%d %-14s %.12s prev=%.8s\n", b.Index, b.Data, b.Hash, b.PrevHash)
	}

	data := "abc123!?$*&()'-=@~"
	sEnc := base64.StdEncoding.EncodeToString([]byte(data))
	fmt.Println(sEnc)
	sDec, _ := base64.StdEncoding.DecodeString(sEnc)
	fmt.Println(string(sDec))
	fmt.Println()
	uEnc := base64.URLEncoding.EncodeToString([]byte(data))
	fmt.Println(uEnc)
	uDec, _ := base64.URLEncoding.DecodeString(uEnc)
	fmt.Println(string(uDec))
	fmt.Println(base64.RawStdEncoding.EncodeToString([]byte("ab")), base64.StdEncoding.EncodeToString([]byte("ab")))
	_, err := base64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
	dst := make([]byte, hex.EncodedLen(3))
	hex.Encode(dst, []byte{0xde, 0xad, 0x01})
	fmt.Println(string(dst), hex.Dump([]byte("Go!"))[:20])
}
