package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Perm uint16

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
	Audit
	AllPerms = Read | Write | Exec | Admin | Audit
)

var permNames = []string{"read", "write", "exec", "admin", "audit"}

func (p Perm) Has(q Perm) bool  { return p&q == q }
func (p Perm) With(q Perm) Perm { return p | q }
func (p Perm) Without(q Perm) Perm {
	return p &^ q
}

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var names []string
	for v := uint16(p); v != 0; v &= v - 1 {
		i := bits.TrailingZeros16(v)
		if i < len(permNames) {
			names = append(names, permNames[i])
		} else {
			names = append(names, fmt.Sprintf("bit%d", i))
		}
	}
	return strings.Join(names, "|")
}

type Role struct {
	Name  string
	Perms Perm
}

func gray(n uint) uint { return n ^ (n >> 1) }
func nextPow2(n uint32) uint32 {
	if n <= 1 {
		return 1
	}
	return 1 << (32 - bits.LeadingZeros32(n-1))
}

func subsets(mask uint8) []uint8 {
	var out []uint8
	for s := mask; ; s = (s - 1) & mask {
		out = append(out, s)
		if s == 0 {
			break
		}
	}
	return out
}

func main() {
	roles := []Role{
		{"guest", Read},
		{"dev", Read | Write | Exec},
		{"ops", AllPerms.Without(Write)},
		{"root", AllPerms},
		{"odd", Perm(1<<9 | 1)},
	}
	for _, r := range roles {
		fmt.Printf("%-6s %-32v %05b count=%d canWrite=%v\n", r.Name, r.Perms, uint16(r.Perms)&31, bits.OnesCount16(uint16(r.Perms)), r.Perms.Has(Write))
	}
	fmt.Println(Perm(0), Read.With(Audit), Exec.Has(Exec|Read))
	fmt.Printf("%d %v %x\n", AllPerms, AllPerms, AllPerms)
	for i := uint(0); i < 8; i++ {
		fmt.Printf("%03b ", gray(i))
	}
	fmt.Println()
	for _, n := range []uint32{0, 1, 3, 4, 17, 1000, 1 << 20} {
		fmt.Print(nextPow2(n), " ")
	}
	fmt.Println()
	fmt.Println(subsets(0b1011))
	var x uint8 = 200
	x += 100
	fmt.Println(x, int8(x), ^uint8(0), -x)
	d, bo := bits.Sub64(0, 1, 0)
	fmt.Println(bits.UintSize, bits.Len64(0), d, bo)
}
