package main

import (
	"fmt"
	"math/bits"
	"strconv"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
)

func (p Perm) String() string {
	names := []string{"r", "w", "x", "A"}
	out := ""
	for i, n := range names {
		if p&(1<<i) != 0 {
			out += n
		} else {
			out += "-"
		}
	}
	return out
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func subsets(set []string) [][]string {
	var out [][]string
	for mask := 0; mask < 1<<len(set); mask++ {
		var sub []string
		for i := range set {
			if mask>>i&1 == 1 {
				sub = append(sub, set[i])
			}
		}
		out = append(out, sub)
	}
	return out
}

func main() {
	p := Read | Exec
	fmt.Println(p, p|Write, p&^Read, p^Admin, Perm(0xff))
	fmt.Printf("%08b %#x %o %v\n", uint8(p), uint8(p), p, p&Exec != 0)
	for _, x := range []uint64{0, 1, 0xff, 0xdeadbeef, 1<<63 | 1} {
		fmt.Printf("%20d pop=%2d/%2d lz=%2d tz=%2d len=%2d\n", x, popcount(x), bits.OnesCount64(x),
			bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.Len64(x))
	}
	fmt.Println(bits.Reverse8(0b00010110), bits.RotateLeft32(0x80000001, 1), bits.RotateLeft8(1, -1))
	hi, lo := bits.Mul64(1<<40, 1<<40)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(^uint64(0), 2, 0)
	fmt.Println(sum, carry)
	var i8 int8 = 127
	i8++
	var u uint8 = 0
	u--
	fmt.Println(i8, u, -7>>1, -7/2, uint32(1)<<31, int32(-1)<<31)
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatUint(0xabc, 36))
	n, err := strconv.ParseUint("1011", 2, 8)
	fmt.Println(n, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	for _, s := range subsets([]string{"a", "b", "c"}) {
		fmt.Print(s, len(s), " ")
	}
	fmt.Println()
	x := uint16(0xF0F0)
	x = x>>4 | x<<12
	fmt.Printf("%#04x %016b\n", x, x)
	isPow2 := func(v int) bool { return v > 0 && v&(v-1) == 0 }
	for _, v := range []int{0, 1, 6, 64, 96, 1024} {
		fmt.Print(v, ":", isPow2(v), " ")
	}
	fmt.Println()
}
