package main

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"strconv"
	"strings"
)

const input = "abcdef pqrstuv"

func mine(key string, zeros int) (int, string) {
	prefix := strings.Repeat("0", zeros)
	buf := []byte(key)
	for n := 1; ; n++ {
		b := strconv.AppendInt(buf[:len(key)], int64(n), 10)
		sum := md5.Sum(b)
		h := hex.EncodeToString(sum[:])
		if strings.HasPrefix(h, prefix) {
			return n, h
		}
	}
}

func main() {
	for _, key := range strings.Fields(input) {
		n, h := mine(key, 4)
		fmt.Printf("%s -> %d (%s)\n", key, n, h[:12])
	}
	s := sha256.Sum256([]byte("advent"))
	fmt.Printf("%x\n", s[:8])
	fmt.Printf("%X\n", md5.Sum([]byte("")))
	fmt.Println(crc32.ChecksumIEEE([]byte("hello world")))
	h := sha256.New()
	for _, part := range []string{"a", "b", "c"} {
		h.Write([]byte(part))
	}
	fmt.Printf("% x\n", h.Sum(nil)[:6])
	dec, err := hex.DecodeString("48656c6c6f")
	fmt.Printf("%s %v\n", dec, err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
}
