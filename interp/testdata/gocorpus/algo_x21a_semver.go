package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Version struct {
	Major, Minor, Patch int
	Pre                 []string
	Build               string
}

var ErrInvalid = errors.New("invalid semver")

func Parse(s string) (Version, error) {
	var v Version
	orig := s
	s = strings.TrimPrefix(s, "v")
	s, v.Build, _ = strings.Cut(s, "+")
	s, pre, hasPre := strings.Cut(s, "-")
	if hasPre {
		v.Pre = strings.Split(pre, ".")
	}
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		return Version{}, fmt.Errorf("%q: %w: want 3 parts, got %d", orig, ErrInvalid, len(parts))
	}
	nums := []*int{&v.Major, &v.Minor, &v.Patch}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return Version{}, fmt.Errorf("%q: %w: %w", orig, ErrInvalid, err)
		}
		*nums[i] = n
	}
	return v, nil
}

func (v Version) String() string {
	s := fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch)
	if len(v.Pre) > 0 {
		s += "-" + strings.Join(v.Pre, ".")
	}
	if v.Build != "" {
		s += "+" + v.Build
	}
	return s
}

func comparePre(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return -cmp.Compare(len(a), len(b))
	}
	for i := 0; i < min(len(a), len(b)); i++ {
		x, ex := strconv.Atoi(a[i])
		y, ey := strconv.Atoi(b[i])
		var c int
		switch {
		case ex == nil && ey == nil:
			c = cmp.Compare(x, y)
		case ex == nil:
			c = -1
		case ey == nil:
			c = 1
		default:
			c = strings.Compare(a[i], b[i])
		}
		if c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a), len(b))
}

func Compare(a, b Version) int {
	return cmp.Or(cmp.Compare(a.Major, b.Major), cmp.Compare(a.Minor, b.Minor),
		cmp.Compare(a.Patch, b.Patch), comparePre(a.Pre, b.Pre))
}

type Constraint func(Version) bool

func Caret(base Version) Constraint {
	return func(v Version) bool {
		return Compare(v, base) >= 0 && v.Major == base.Major && len(v.Pre) == 0
	}
}

func main() {
	raw := []string{"1.0.0", "v1.2.3", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.11", "1.0.0-beta.2",
		"1.0.0-rc.1+build.5", "2.0.0", "1.10.0", "1.9.9", "1.2", "1.x.0", "0.9.0-alpha.beta"}
	var vs []Version
	for _, r := range raw {
		v, err := Parse(r)
		if err != nil {
			fmt.Println("skip:", err, errors.Is(err, ErrInvalid))
			continue
		}
		vs = append(vs, v)
	}
	slices.SortFunc(vs, Compare)
	fmt.Println(vs)
	base, _ := Parse("1.2.0")
	ok := Caret(base)
	var matches []string
	for _, v := range slices.Backward(vs) {
		if ok(v) {
			matches = append(matches, v.String())
		}
	}
	fmt.Println("^1.2.0:", matches)
	i, found := slices.BinarySearchFunc(vs, Version{Major: 1, Minor: 9, Patch: 9}, Compare)
	fmt.Println(i, found, vs[i])
	fmt.Printf("%v %+v\n", vs[0], vs[len(vs)-1])
}
