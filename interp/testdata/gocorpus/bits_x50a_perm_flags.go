package main

import (
	"fmt"
	"strings"
)

type Perm uint16

const (
	OtherExec Perm = 1 << iota
	OtherWrite
	OtherRead
	GroupExec
	GroupWrite
	GroupRead
	UserExec
	UserWrite
	UserRead
	Sticky
	SetGID
	SetUID
)

var permNames = []struct {
	p    Perm
	name string
}{
	{SetUID, "setuid"}, {SetGID, "setgid"}, {Sticky, "sticky"},
	{UserRead, "u+r"}, {UserWrite, "u+w"}, {UserExec, "u+x"},
	{GroupRead, "g+r"}, {GroupWrite, "g+w"}, {GroupExec, "g+x"},
	{OtherRead, "o+r"}, {OtherWrite, "o+w"}, {OtherExec, "o+x"},
}

func (p Perm) String() string {
	var names []string
	for _, pn := range permNames {
		if p&pn.p != 0 {
			names = append(names, pn.name)
		}
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, "|")
}

func (p Perm) Has(q Perm) bool { return p&q == q }

type User struct {
	UID    int
	Groups []int
}

type Inode struct {
	UID, GID int
	Mode     Perm
}

func (in Inode) Access(u User, want Perm) bool {
	if u.UID == 0 {
		return true
	}
	shift := 0
	if u.UID == in.UID {
		shift = 6
	} else {
		for _, g := range u.Groups {
			if g == in.GID {
				shift = 3
				break
			}
		}
	}
	bits := (in.Mode >> shift) & 7
	return bits&want == want
}

func parseOctal(s string) (Perm, error) {
	var p Perm
	_, err := fmt.Sscanf(s, "%o", &p)
	return p, err
}

func main() {
	for _, s := range []string{"755", "644", "4711", "1777", "0", "9"} {
		p, err := parseOctal(s)
		if err != nil {
			fmt.Printf("%-5s error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-5s %04o %012b %v\n", s, uint16(p), uint16(p), p)
	}
	f := Inode{UID: 1000, GID: 100, Mode: UserRead | UserWrite | GroupRead}
	users := map[string]User{"owner": {1000, nil}, "grp": {1001, []int{5, 100}}, "other": {1002, nil}, "root": {0, nil}}
	for _, name := range []string{"owner", "grp", "other", "root"} {
		u := users[name]
		fmt.Printf("%-6s r=%-5t w=%-5t x=%t\n", name, f.Access(u, 4), f.Access(u, 2), f.Access(u, 1))
	}
	m := UserRead | UserWrite | UserExec
	fmt.Println(m.Has(UserRead|UserExec), m.Has(GroupRead), m&^UserWrite, Perm(0))
	fmt.Printf("%d %x %v %T\n", SetUID, Sticky, []Perm{OtherExec, GroupWrite}, m)
}
