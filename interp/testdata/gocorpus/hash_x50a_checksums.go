package main

import (
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

type namedHash struct {
	name string
	new  func() hash.Hash
}

func fnv1aManual(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	hashes := []namedHash{
		{"crc32-ieee", func() hash.Hash { return crc32.NewIEEE() }},
		{"crc32-castagnoli", func() hash.Hash { return crc32.New(crc32.MakeTable(crc32.Castagnoli)) }},
		{"adler32", func() hash.Hash { return adler32.New() }},
		{"fnv32", func() hash.Hash { return fnv.New32() }},
		{"fnv32a", func() hash.Hash { return fnv.New32a() }},
		{"fnv64a", func() hash.Hash { return fnv.New64a() }},
		{"fnv128a", func() hash.Hash { return fnv.New128a() }},
	}
	inputs := []string{"", "a", "hello, world", strings.Repeat("go", 50)}
	for _, in := range inputs {
		fmt.Printf("input %q (len %d)\n", trunc(in, 12), len(in))
		for _, nh := range hashes {
			h := nh.new()
			io.WriteString(h, in)
			fmt.Printf("  %-17s size=%2d %x\n", nh.name, h.Size(), h.Sum(nil))
		}
	}
	// incremental vs one-shot
	h := fnv.New32a()
	for _, part := range []string{"hel", "lo, ", "world"} {
		h.Write([]byte(part))
	}
	fmt.Printf("incremental fnv32a=%08x manual=%08x\n", h.Sum32(), fnv1aManual("hello, world"))
	crc := uint32(0)
	for _, part := range []string{"hel", "lo, ", "world"} {
		crc = crc32.Update(crc, crc32.IEEETable, []byte(part))
	}
	fmt.Printf("crc32 update=%08x checksum=%08x\n", crc, crc32.ChecksumIEEE([]byte("hello, world")))
	// bucket distribution with fnv
	buckets := make([]int, 8)
	for i := 0; i < 1000; i++ {
		hh := fnv.New64a()
		fmt.Fprintf(hh, "key-%d", i)
		buckets[hh.Sum64()%uint64(len(buckets))]++
	}
	fmt.Println("buckets:", buckets)
	var _ hash.Hash32 = crc32.NewIEEE()
	fmt.Printf("%T %T\n", fnv.New32(), adler32.New())
}

func trunc(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}
