package main

import (
	"fmt"
	"hash/crc32"
	"slices"
	"sort"
	"strconv"
)

type Ring struct {
	replicas int
	hashes   []uint32
	owner    map[uint32]string
	nodes    map[string]struct{}
}

func NewRing(replicas int) *Ring {
	return &Ring{replicas: replicas, owner: make(map[uint32]string), nodes: make(map[string]struct{})}
}

func (r *Ring) hash(s string) uint32 { return crc32.ChecksumIEEE([]byte(s)) }

func (r *Ring) Add(nodes ...string) {
	for _, n := range nodes {
		if _, ok := r.nodes[n]; ok {
			continue
		}
		r.nodes[n] = struct{}{}
		for i := 0; i < r.replicas; i++ {
			h := r.hash(strconv.Itoa(i) + "#" + n)
			r.hashes = append(r.hashes, h)
			r.owner[h] = n
		}
	}
	slices.Sort(r.hashes)
}

func (r *Ring) Remove(node string) {
	if _, ok := r.nodes[node]; !ok {
		return
	}
	delete(r.nodes, node)
	r.hashes = slices.DeleteFunc(r.hashes, func(h uint32) bool {
		if r.owner[h] == node {
			delete(r.owner, h)
			return true
		}
		return false
	})
}

func (r *Ring) Get(key string) string {
	if len(r.hashes) == 0 {
		return ""
	}
	h := r.hash(key)
	i := sort.Search(len(r.hashes), func(i int) bool { return r.hashes[i] >= h })
	if i == len(r.hashes) {
		i = 0
	}
	return r.owner[r.hashes[i]]
}

func distribution(r *Ring, keys []string) map[string]int {
	d := map[string]int{}
	for _, k := range keys {
		d[r.Get(k)]++
	}
	return d
}

func main() {
	keys := make([]string, 2000)
	for i := range keys {
		keys[i] = fmt.Sprintf("session-%04d", i)
	}
	r := NewRing(50)
	r.Add("cache-a", "cache-b", "cache-c")
	before := map[string]string{}
	for _, k := range keys {
		before[k] = r.Get(k)
	}
	fmt.Println("3 nodes:", distribution(r, keys))

	r.Add("cache-d")
	moved := 0
	for _, k := range keys {
		if r.Get(k) != before[k] {
			moved++
		}
	}
	fmt.Println("4 nodes:", distribution(r, keys))
	fmt.Printf("moved after add: %d (%.1f%%)\n", moved, 100*float64(moved)/float64(len(keys)))

	r.Remove("cache-b")
	fmt.Println("after removing b:", distribution(r, keys), len(r.hashes), len(r.owner))
	for _, k := range []string{"user:1", "user:2", "cart:99"} {
		fmt.Printf("%s -> %s\n", k, r.Get(k))
	}
	fmt.Printf("%q\n", NewRing(3).Get("x"))
}
