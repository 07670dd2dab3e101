package main

import (
	"container/ring"
	"fmt"
	"math/bits"
	"strings"
)

type Bitset []uint64

func NewBitset(n int) Bitset { return make(Bitset, (n+63)/64) }

func (b Bitset) Set(i int)      { b[i/64] |= 1 << (uint(i) % 64) }
func (b Bitset) Clear(i int)    { b[i/64] &^= 1 << (uint(i) % 64) }
func (b Bitset) Has(i int) bool { return b[i/64]&(1<<(uint(i)%64)) != 0 }
func (b Bitset) Count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
}

func (b Bitset) String() string {
	var parts []string
	for wi, w := range b {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			parts = append(parts, fmt.Sprint(wi*64+t))
			w &= w - 1
		}
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func sieve(n int) Bitset {
	composite := NewBitset(n + 1)
	primes := NewBitset(n + 1)
	for i := 2; i <= n; i++ {
		if composite.Has(i) {
			continue
		}
		primes.Set(i)
		for j := i * i; j <= n; j += i {
			composite.Set(j)
		}
	}
	return primes
}

type MovingAvg struct {
	r    *ring.Ring
	n    int
	size int
}

func NewMovingAvg(size int) *MovingAvg { return &MovingAvg{r: ring.New(size), size: size} }

func (m *MovingAvg) Add(v float64) float64 {
	m.r.Value = v
	m.r = m.r.Next()
	if m.n < m.size {
		m.n++
	}
	sum := 0.0
	m.r.Do(func(x any) {
		if x != nil {
			sum += x.(float64)
		}
	})
	return sum / float64(m.n)
}

func main() {
	p := sieve(130)
	fmt.Println(p.Count(), p)
	p.Clear(2)
	fmt.Println(p.Has(2), p.Has(127), p.Has(128), len(p))

	ma := NewMovingAvg(3)
	for _, v := range []float64{1, 2, 3, 4, 10, 0} {
		fmt.Printf("%.2f ", ma.Add(v))
	}
	fmt.Println()

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = string(rune('A' + i))
		r = r.Next()
	}
	r.Move(2).Do(func(x any) { fmt.Print(x) })
	fmt.Println()
	removed := r.Unlink(2)
	fmt.Print(r.Len(), removed.Len(), " ")
	r.Do(func(x any) { fmt.Print(x) })
	fmt.Println()

	x := uint32(0b1011_0000)
	fmt.Println(bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.Len32(x), bits.OnesCount32(x))
	fmt.Printf("%08b %08b %032b\n", bits.Reverse8(0b0000_0110), bits.RotateLeft8(0b1000_0001, 1), bits.ReverseBytes32(0x01020304))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(sum, carry)
	var flags uint8 = 0b0101
	flags |= 1 << 3
	flags &^= 1
	fmt.Printf("%04b %d %v\n", flags, flags>>1, flags&4 != 0)
	u8, i8, neg := uint8(200), int8(-128), int8(-1)
	fmt.Println(-7>>1, u8+100, i8/neg, i8*neg, 1<<10-1)
}
