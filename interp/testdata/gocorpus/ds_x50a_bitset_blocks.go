package main

import (
	"fmt"
	"math/bits"
	"strings"
)

// Bitmap tracks allocated disk blocks, as in an ext2 block bitmap.
type Bitmap []uint64

func NewBitmap(n int) Bitmap { return make(Bitmap, (n+63)/64) }

func (b Bitmap) Set(i int)       { b[i/64] |= 1 << (i % 64) }
func (b Bitmap) Clear(i int)     { b[i/64] &^= 1 << (i % 64) }
func (b Bitmap) Test(i int) bool { return b[i/64]&(1<<(i%64)) != 0 }

func (b Bitmap) Count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
}

// FirstFree returns the lowest clear bit or -1.
func (b Bitmap) FirstFree(limit int) int {
	for wi, w := range b {
		if w != ^uint64(0) {
			i := wi*64 + bits.TrailingZeros64(^w)
			if i < limit {
				return i
			}
			return -1
		}
	}
	return -1
}

// FindRun finds n consecutive free blocks.
func (b Bitmap) FindRun(n, limit int) int {
	run := 0
	for i := 0; i < limit; i++ {
		if b.Test(i) {
			run = 0
			continue
		}
		run++
		if run == n {
			return i - n + 1
		}
	}
	return -1
}

func (b Bitmap) Render(limit int) string {
	var sb strings.Builder
	for i := 0; i < limit; i++ {
		if i > 0 && i%16 == 0 {
			sb.WriteByte(' ')
		}
		if b.Test(i) {
			sb.WriteByte('1')
		} else {
			sb.WriteByte('0')
		}
	}
	return sb.String()
}

func main() {
	const nblocks = 100
	bm := NewBitmap(nblocks)
	for _, i := range []int{0, 1, 2, 5, 6, 7, 8, 20, 63, 64, 65, 99} {
		bm.Set(i)
	}
	fmt.Println(bm.Render(nblocks))
	fmt.Println("used:", bm.Count(), "first free:", bm.FirstFree(nblocks))
	for _, n := range []int{1, 3, 10, 40, 90} {
		fmt.Printf("run of %2d at %d\n", n, bm.FindRun(n, nblocks))
	}
	start := bm.FindRun(10, nblocks)
	for i := start; i < start+10; i++ {
		bm.Set(i)
	}
	bm.Clear(0)
	fmt.Println(bm.Render(nblocks))
	fmt.Printf("words: %#x\n", []uint64(bm))
	w := bm[1]
	fmt.Printf("word1 len=%d lz=%d tz=%d rev=%#x\n", bits.Len64(w), bits.LeadingZeros64(w), bits.TrailingZeros64(w), bits.Reverse64(w))
	hi, lo := bits.Mul64(0xffffffffffffffff, 3)
	sum, carry := bits.Add64(0xffffffffffffffff, 1, 0)
	fmt.Println(hi, lo, sum, carry, bits.RotateLeft8(0x81, 1), bits.UintSize)
	full := NewBitmap(64)
	full[0] = ^uint64(0)
	fmt.Println("full first free:", full.FirstFree(64))
}
