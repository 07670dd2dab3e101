package main

import (
	"fmt"
	"hash/fnv"
	"math"
	"sort"
	"strconv"
)

type Bloom struct {
	bits []uint64
	m, k uint32
}

func NewBloom(n int, p float64) *Bloom {
	m := uint32(math.Ceil(-float64(n) * math.Log(p) / (math.Ln2 * math.Ln2)))
	k := uint32(math.Round(float64(m) / float64(n) * math.Ln2))
	return &Bloom{bits: make([]uint64, (m+63)/64), m: m, k: max(k, 1)}
}

func (b *Bloom) hashes(s string) (uint32, uint32) {
	h := fnv.New64a()
	h.Write([]byte(s))
	sum := h.Sum64()
	return uint32(sum), uint32(sum>>32) | 1
}

func (b *Bloom) Add(s string) {
	h1, h2 := b.hashes(s)
	for i := uint32(0); i < b.k; i++ {
		pos := (h1 + i*h2) % b.m
		b.bits[pos/64] |= 1 << (pos % 64)
	}
}

func (b *Bloom) Has(s string) bool {
	h1, h2 := b.hashes(s)
	for i := uint32(0); i < b.k; i++ {
		pos := (h1 + i*h2) % b.m
		if b.bits[pos/64]&(1<<(pos%64)) == 0 {
			return false
		}
	}
	return true
}

type key struct{ r, c int }

type Sparse struct {
	rows, cols int
	cells      map[key]float64
}

func NewSparse(r, c int) *Sparse { return &Sparse{r, c, map[key]float64{}} }

func (s *Sparse) Set(r, c int, v float64) {
	if v == 0 {
		delete(s.cells, key{r, c})
		return
	}
	s.cells[key{r, c}] = v
}

func (s *Sparse) Mul(o *Sparse) *Sparse {
	out := NewSparse(s.rows, o.cols)
	for k1, v1 := range s.cells {
		for k2, v2 := range o.cells {
			if k1.c == k2.r {
				out.cells[key{k1.r, k2.c}] += v1 * v2
			}
		}
	}
	return out
}

func (s *Sparse) String() string {
	keys := make([]key, 0, len(s.cells))
	for k := range s.cells {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].r != keys[j].r {
			return keys[i].r < keys[j].r
		}
		return keys[i].c < keys[j].c
	})
	out := fmt.Sprintf("%dx%d{", s.rows, s.cols)
	for i, k := range keys {
		if i > 0 {
			out += " "
		}
		out += fmt.Sprintf("(%d,%d)=%g", k.r, k.c, s.cells[k])
	}
	return out + "}"
}

func main() {
	b := NewBloom(100, 0.01)
	fmt.Println("m", b.m, "k", b.k, "words", len(b.bits))
	for i := 0; i < 100; i += 2 {
		b.Add("item-" + strconv.Itoa(i))
	}
	fp, fn := 0, 0
	for i := 0; i < 100; i++ {
		has := b.Has("item-" + strconv.Itoa(i))
		if i%2 == 0 && !has {
			fn++
		}
		if i%2 == 1 && has {
			fp++
		}
	}
	fmt.Println("false negatives", fn, "false positives", fp)

	a := NewSparse(3, 3)
	a.Set(0, 0, 2)
	a.Set(1, 2, -1)
	a.Set(2, 1, 4)
	id := NewSparse(3, 3)
	for i := range 3 {
		id.Set(i, i, 1)
	}
	fmt.Println(a)
	fmt.Println(a.Mul(id))
	fmt.Println(a.Mul(a))
	a.Set(0, 0, 0)
	fmt.Println(a, len(a.cells), a.cells)
}
