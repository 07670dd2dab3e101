// Exercises: SHA-256 hashes (sha256.New, Write, Sum, Sum256, incremental hashing) and base64 encoding (Std, URL, Raw, decode errors)
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
)

func main() {
	digest := sha256.Sum256([]byte("abc"))
	fmt.Println(hex.EncodeToString(digest[:]))

	h := sha256.New()
	for _, chunk := range []string{"a", "b", "c"} {
		h.Write([]byte(chunk))
	}
	fmt.Println(bytes.Equal(h.Sum(nil), digest[:]), h.Size(), h.BlockSize())

	h.Reset()
	n, err := io.Copy(h, strings.NewReader(strings.Repeat("x", 1000)))
	fmt.Printf("%d %v %x\n", n, err, h.Sum([]byte("prefix:"))[:10])
	empty := sha256.Sum256(nil)
	fmt.Printf("%X\n", empty[:8])

	payload := []byte{0xfb, 0xff, 0xfe, 'h', 'i', '?'}
	std := base64.StdEncoding.EncodeToString(payload)
	urlSafe := base64.URLEncoding.EncodeToString(payload)
	raw := base64.RawURLEncoding.EncodeToString(payload[:4])
	fmt.Println(std, urlSafe, raw)

	back, err := base64.URLEncoding.DecodeString(urlSafe)
	fmt.Println(bytes.Equal(back, payload), err)
	_, err = base64.StdEncoding.DecodeString(urlSafe)
	fmt.Println("std decoding url text:", err)
	_, err = base64.StdEncoding.DecodeString("YWJj=")
	fmt.Println(err)

	var buf bytes.Buffer
	w := base64.NewEncoder(base64.StdEncoding, &buf)
	io.WriteString(w, "streamed text")
	w.Close()
	fmt.Println(buf.String(), base64.StdEncoding.EncodedLen(13), base64.RawStdEncoding.EncodedLen(13))
	dec, _ := io.ReadAll(base64.NewDecoder(base64.StdEncoding, &buf))
	fmt.Println(string(dec))
	fmt.Println(hex.Dump([]byte("sha"))[:20])
}
