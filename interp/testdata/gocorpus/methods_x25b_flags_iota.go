package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
)

var permNames = [...]string{"read", "write", "exec", "admin"}

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for i, n := range permNames {
		if p&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if rest := p &^ (Read | Write | Exec | Admin); rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint8(rest)))
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(q Perm) bool { return p&q == q }
func (p *Perm) Grant(q Perm)   { *p |= q }
func (p *Perm) Revoke(q Perm)  { *p &^= q }

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", float64(b))
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	numDays = iota + 2
)

func main() {
	var p Perm
	fmt.Println(p)
	p.Grant(Read | Exec)
	fmt.Println(p, p.Has(Read), p.Has(Read|Write))
	p.Grant(Admin)
	p.Revoke(Read)
	fmt.Println(p, uint8(p))
	fmt.Println(Perm(0xff), []Perm{Write, Read | Write})
	fmt.Printf("%v %d %08b %s\n", Exec, Exec, Admin|Read, Write)
	m := map[Perm]string{Read: "r", Write | Exec: "wx"}
	fmt.Println(m)
	fmt.Println(ByteSize(1e13), ByteSize(2048), ByteSize(5e6), ByteSize(100), GB)
	fmt.Println(Sunday, Thursday, numDays)
	var f func() = nil
	fmt.Println(f == nil)
	const big = 1 << 100
	fmt.Println(big>>98, float64(big) > 1e30)
	type Op func(int, int) int
	ops := map[string]Op{"add": func(a, b int) int { return a + b }, "sub": func(a, b int) int { return a - b }}
	fmt.Println(ops["add"](3, 4), ops["sub"](3, 4), len(ops))
	x := uint8(250)
	x += 10
	var i8 int8 = 127
	i8++
	fmt.Println(x, i8, -7/2, -7%2, 7>>1, -7>>1, ^0, 1<<3|1)
}
