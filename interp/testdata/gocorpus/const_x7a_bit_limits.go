// Exercises: untyped constant arithmetic and comparisons beyond int64 (1<<63, math.MaxUint64), a boolean constant from a comparison, bit-flag constants with iota up to bit 63, overflow guards against math limits
package main

import (
	"fmt"
	"math"
	"math/bits"
)

type Flags uint64

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

const (
	HighBit  Flags = 1 << 63
	AllBits        = math.MaxUint64
	KiB            = 1 << 10
	EiB            = 1 << 60
	bigRatio       = AllBits / KiB
)

const logLevel = 3

const verbose = logLevel > 2

var (
	isWide    = AllBits > math.MaxInt64
	fitsInt64 = HighBit-1 == math.MaxInt64
)

func fitsInt32(n int64) bool { return n >= math.MinInt32 && n <= math.MaxInt32 }

func main() {
	f := FlagA | FlagC | HighBit
	fmt.Printf("%#x %d %v\n", uint64(f), bits.OnesCount64(uint64(f)), f&HighBit != 0)
	fmt.Println(isWide, fitsInt64, bigRatio > EiB, verbose)
	fmt.Println(math.MaxUint64 > 1, 1<<63 > 0, HighBit > FlagC)
	var u uint64 = AllBits
	fmt.Println(u, u == math.MaxUint64, u>>63, bits.LeadingZeros64(uint64(FlagC)))
	for _, n := range []int64{1 << 31, math.MaxInt32, -1 << 31, -1<<31 - 1} {
		fmt.Print(fitsInt32(n), " ")
	}
	fmt.Println()
	const huge = 1 << 100
	fmt.Println(huge>>90, huge/EiB > 1<<39, float64(huge) > math.MaxUint64)
}
