package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io"
	"sort"
	"strings"
)

type namedHash struct {
	name string
	new  func() hash.Hash
}

func main() {
	inputs := []string{"", "abc", "The quick brown fox jumps over the lazy dog"}
	hashes := []namedHash{
		{"md5", md5.New},
		{"sha1", sha1.New},
		{"sha256", sha256.New},
		{"sha224", sha256.New224},
		{"sha512/256", sha512.New512_256},
	}
	for _, in := range inputs {
		fmt.Printf("input %q\n", in)
		for _, h := range hashes {
			hh := h.new()
			io.WriteString(hh, in)
			fmt.Printf("  %-10s %d %x\n", h.name, hh.Size(), hh.Sum(nil))
		}
	}
	sum := sha256.Sum256([]byte("abc"))
	fmt.Printf("%T %s\n", sum, hex.EncodeToString(sum[:8]))
	fmt.Printf("%x\n", md5.Sum([]byte("hello")))

	// incremental equals one-shot
	h := sha256.New()
	for _, chunk := range strings.SplitAfter("split into several chunks", " ") {
		h.Write([]byte(chunk))
	}
	one := sha256.Sum256([]byte("split into several chunks"))
	fmt.Println("incremental matches:", hex.EncodeToString(h.Sum(nil)) == hex.EncodeToString(one[:]))

	mac := hmac.New(sha256.New, []byte("secret-key"))
	mac.Write([]byte("message"))
	tag := mac.Sum(nil)
	fmt.Printf("hmac %x\n", tag)
	mac.Reset()
	mac.Write([]byte("message"))
	fmt.Println("verify:", hmac.Equal(tag, mac.Sum(nil)))

	fmt.Printf("crc32 %08x\n", crc32.ChecksumIEEE([]byte("hello world")))
	f := fnv.New32a()
	f.Write([]byte("bucket-key"))
	fmt.Println("fnv32a", f.Sum32(), f.Sum32()%16)

	// content-addressed dedup
	files := map[string]string{"a.txt": "same", "b.txt": "different", "c.txt": "same"}
	byDigest := map[[32]byte][]string{}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		d := sha256.Sum256([]byte(files[n]))
		byDigest[d] = append(byDigest[d], n)
	}
	for _, n := range names {
		d := sha256.Sum256([]byte(files[n]))
		if g := byDigest[d]; len(g) > 1 && g[0] == n {
			fmt.Printf("duplicates %v digest %x...\n", g, d[:4])
		}
	}
	fmt.Println(md5.Size, sha256.BlockSize, sha512.Size)
}
