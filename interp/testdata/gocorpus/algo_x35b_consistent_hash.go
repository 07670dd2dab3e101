package main

import (
	"fmt"
	"hash/crc32"
	"sort"
	"strconv"
)

type Ring struct {
	replicas int
	keys     []uint32
	owners   map[uint32]string
	hash     func([]byte) uint32
}

func New(replicas int, fn func([]byte) uint32) *Ring {
	if fn == nil {
		fn = crc32.ChecksumIEEE
	}
	return &Ring{replicas: replicas, owners: make(map[uint32]string), hash: fn}
}

func (r *Ring) Add(nodes ...string) {
	for _, n := range nodes {
		for i := 0; i < r.replicas; i++ {
			h := r.hash([]byte(strconv.Itoa(i) + n))
			r.keys = append(r.keys, h)
			r.owners[h] = n
		}
	}
	sort.Slice(r.keys, func(i, j int) bool { return r.keys[i] < r.keys[j] })
}

func (r *Ring) Remove(node string) {
	kept := r.keys[:0]
	for _, k := range r.keys {
		if r.owners[k] == node {
			delete(r.owners, k)
			continue
		}
		kept = append(kept, k)
	}
	r.keys = kept
}

func (r *Ring) Get(key string) string {
	if len(r.keys) == 0 {
		return ""
	}
	h := r.hash([]byte(key))
	idx := sort.Search(len(r.keys), func(i int) bool { return r.keys[i] >= h })
	if idx == len(r.keys) {
		idx = 0
	}
	return r.owners[r.keys[idx]]
}

func distribution(r *Ring, keys []string) map[string]int {
	d := map[string]int{}
	for _, k := range keys {
		d[r.Get(k)]++
	}
	return d
}

func main() {
	// the classic test hash: the key is the number itself
	simple := New(3, func(b []byte) uint32 {
		n, _ := strconv.Atoi(string(b))
		return uint32(n)
	})
	simple.Add("6", "4", "2")
	for _, k := range []string{"2", "11", "23", "27"} {
		fmt.Printf("%s->%s ", k, simple.Get(k))
	}
	fmt.Println()
	simple.Add("8")
	fmt.Println("27 now ->", simple.Get("27"), "keys:", simple.keys)

	ring := New(50, nil)
	ring.Add("cache-a", "cache-b", "cache-c")
	var keys []string
	for i := 0; i < 1000; i++ {
		keys = append(keys, fmt.Sprintf("user:%d", i))
	}
	before := map[string]string{}
	for _, k := range keys {
		before[k] = ring.Get(k)
	}
	fmt.Println("before:", distribution(ring, keys))
	ring.Remove("cache-b")
	moved := 0
	for _, k := range keys {
		if before[k] != ring.Get(k) {
			moved++
			if before[k] != "cache-b" {
				fmt.Println("unexpected move", k)
			}
		}
	}
	fmt.Println("after:", distribution(ring, keys), "moved:", moved)
	fmt.Printf("%08x %d\n", crc32.ChecksumIEEE([]byte("hello")), len(ring.keys))
}
