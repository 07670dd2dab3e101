// Exercises: encoding/hex EncodeToString/DecodeString/Dump and errors, encoding/base64 Std/URL/Raw encodings, base64 NewEncoder streaming.
package main

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"os"
)

func main() {
	data := []byte("Go is fun!\xff\x00")
	h := hex.EncodeToString(data)
	fmt.Println(h)
	back, err := hex.DecodeString(h)
	fmt.Printf("%q %v\n", back, err)
	_, err = hex.DecodeString("abc")
	fmt.Println("error:", err)
	_, err = hex.DecodeString("zz")
	fmt.Println("error:", err)
	fmt.Print(hex.Dump([]byte("0123456789abcdefXYZ")))

	msg := []byte("subjects?_d>")
	fmt.Println(base64.StdEncoding.EncodeToString(msg))
	fmt.Println(base64.URLEncoding.EncodeToString(msg))
	fmt.Println(base64.RawStdEncoding.EncodeToString([]byte("ab")))
	dec, err := base64.StdEncoding.DecodeString("aGVsbG8=")
	fmt.Println(string(dec), err)
	_, err = base64.StdEncoding.DecodeString("aGVsbG8")
	fmt.Println("error:", err)

	enc := base64.NewEncoder(base64.StdEncoding, os.Stdout)
	enc.Write([]byte("streamed "))
	enc.Write([]byte("bytes"))
	enc.Close()
	fmt.Println()
}
