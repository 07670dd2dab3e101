package main

import (
	"fmt"
	"sort"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for _, f := range []struct {
		bit  Perm
		name string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}} {
		if p&f.bit != 0 {
			parts = append(parts, f.name)
			p &^= f.bit
		}
	}
	if p != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint8(p)))
	}
	return strings.Join(parts, "|")
}

func (p Perm) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

type Size int64

func (s Size) String() string {
	const unit = 1024
	if s < unit {
		return fmt.Sprintf("%dB", int64(s))
	}
	div, exp := int64(unit), 0
	for n := int64(s) / unit; n >= unit; n /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f%ciB", float64(s)/float64(div), "KMGTPE"[exp])
}

type File struct {
	Name string
	Size Size
	Mode Perm
	Day  Weekday
}

func main() {
	for d := Sunday; d <= Saturday+1; d++ {
		fmt.Printf("%v:%t ", d, d.Weekend())
	}
	fmt.Println()
	fmt.Printf("%d %s %q %x %v\n", Tuesday, Tuesday, Tuesday, Tuesday, []Weekday{1, 5})
	for _, p := range []Perm{0, Read, Read | Write, Read | Write | Exec, Exec | 64} {
		fmt.Printf("%-8v %03b %#o\n", p, uint8(p), uint8(p))
	}
	files := []File{
		{"notes.txt", 512, Read | Write, Monday},
		{"movie.mkv", 3 << 30, Read, Friday},
		{"app", 1536, Read | Exec, Sunday},
		{"db.sqlite", 25 << 20, Read | Write, Wednesday},
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Size > files[j].Size })
	for _, f := range files {
		fmt.Printf("%-10s %8v %-5v %v\n", f.Name, f.Size, f.Mode, f.Day)
	}
	fmt.Printf("%v\n%+v\n", files[0], files[1])
	byDay := map[Weekday][]string{}
	for _, f := range files {
		byDay[f.Day] = append(byDay[f.Day], f.Name)
	}
	fmt.Println(byDay)
	perms := map[Perm]int{Read: 1, Write | Exec: 2}
	fmt.Println(perms)
	fmt.Println(fmt.Sprint(Size(0), " ", Size(1023), " ", Size(1<<40)))
}
