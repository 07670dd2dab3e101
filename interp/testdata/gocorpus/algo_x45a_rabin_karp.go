package main

import "fmt"

const (
	base uint64 = 4
	mod  uint64 = 1_000_000_007
)

var val = map[byte]uint64{'A': 0, 'C': 1, 'G': 2, 'T': 3}

type Roller struct {
	k    int
	high uint64
	h    uint64
}

func NewRoller(k int) *Roller {
	r := &Roller{k: k, high: 1}
	for i := 0; i < k-1; i++ {
		r.high = r.high * base % mod
	}
	return r
}

func (r *Roller) Init(s string) uint64 {
	r.h = 0
	for i := 0; i < r.k; i++ {
		r.h = (r.h*base + val[s[i]]) % mod
	}
	return r.h
}

func (r *Roller) Roll(out, in byte) uint64 {
	r.h = (r.h + mod - val[out]*r.high%mod) % mod
	r.h = (r.h*base + val[in]) % mod
	return r.h
}

func repeatedKmers(s string, k int) map[string][]int {
	r := NewRoller(k)
	seen := map[uint64][]int{}
	h := r.Init(s)
	seen[h] = append(seen[h], 0)
	for i := 1; i+k <= len(s); i++ {
		h = r.Roll(s[i-1], s[i+k-1])
		seen[h] = append(seen[h], i)
	}
	out := map[string][]int{}
	for _, pos := range seen {
		if len(pos) > 1 {
			out[s[pos[0]:pos[0]+k]] = pos
		}
	}
	return out
}

func fnv1a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	s := "AAAAACCCCCAAAAACCCCCCAAAAAGGGTTT"
	for _, k := range []int{5, 8, 10} {
		fmt.Printf("k=%-2d %v\n", k, repeatedKmers(s, k))
	}
	r := NewRoller(4)
	fmt.Println(r.high, r.Init("ACGT"), r.Roll('A', 'A'), r.Init("CGTA"))
	var x uint8 = 250
	x += 10
	var y int8 = 127
	y++
	fmt.Println(x, y, fnv1a("GATTACA"), fnv1a(""))
	fmt.Printf("%08x %o %X\n", fnv1a("ACGT"), 4096, uint64(mod)*3)
}
