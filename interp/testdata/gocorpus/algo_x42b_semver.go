package main

import (
	"cmp"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

type Version struct {
	Major, Minor, Patch uint64
	Pre                 []string
	Build               string
}

var semverRe = regexp.MustCompile(`^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$`)

var ErrInvalid = errors.New("invalid semantic version")

func Parse(s string) (Version, error) {
	m := semverRe.FindStringSubmatch(s)
	if m == nil {
		return Version{}, fmt.Errorf("%w: %q", ErrInvalid, s)
	}
	var v Version
	nums := []*uint64{&v.Major, &v.Minor, &v.Patch}
	for i, p := range nums {
		n, err := strconv.ParseUint(m[i+1], 10, 64)
		if err != nil {
			return Version{}, fmt.Errorf("%w: %v", ErrInvalid, err)
		}
		*p = n
	}
	if m[4] != "" {
		v.Pre = strings.Split(m[4], ".")
	}
	v.Build = m[5]
	return v, nil
}

func MustParse(s string) Version {
	v, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return v
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

func comparePre(a, b string) int {
	an, aerr := strconv.Atoi(a)
	bn, berr := strconv.Atoi(b)
	switch {
	case aerr == nil && berr == nil:
		return cmp.Compare(an, bn)
	case aerr == nil:
		return -1
	case berr == nil:
		return 1
	}
	return strings.Compare(a, b)
}

func Compare(a, b Version) int {
	if c := cmp.Or(cmp.Compare(a.Major, b.Major), cmp.Compare(a.Minor, b.Minor), cmp.Compare(a.Patch, b.Patch)); c != 0 {
		return c
	}
	switch {
	case len(a.Pre) == 0 && len(b.Pre) == 0:
		return 0
	case len(a.Pre) == 0:
		return 1
	case len(b.Pre) == 0:
		return -1
	}
	return slices.CompareFunc(a.Pre, b.Pre, comparePre)
}

type Constraint func(Version) bool

func ParseConstraint(s string) (Constraint, error) {
	var cs []Constraint
	for _, part := range strings.Fields(s) {
		op := strings.TrimRight(part, "0123456789.v")
		v, err := Parse(part[len(op):])
		if err != nil {
			return nil, err
		}
		var c Constraint
		switch op {
		case ">=":
			c = func(x Version) bool { return Compare(x, v) >= 0 }
		case ">":
			c = func(x Version) bool { return Compare(x, v) > 0 }
		case "<":
			c = func(x Version) bool { return Compare(x, v) < 0 }
		case "^":
			c = func(x Version) bool { return x.Major == v.Major && Compare(x, v) >= 0 }
		case "~":
			c = func(x Version) bool { return x.Major == v.Major && x.Minor == v.Minor && Compare(x, v) >= 0 }
		default:
			return nil, fmt.Errorf("unknown operator %q", op)
		}
		cs = append(cs, c)
	}
	return func(x Version) bool {
		return !slices.ContainsFunc(cs, func(c Constraint) bool { return !c(x) })
	}, nil
}

func main() {
	raw := []string{"1.0.0", "v1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1+build.5", "2.1.3", "1.10.0", "1.2.0", "0.9.12"}
	var vs []Version
	for _, r := range raw {
		vs = append(vs, MustParse(r))
	}
	slices.SortFunc(vs, Compare)
	fmt.Println(vs)
	fmt.Printf("%+v\n", vs[len(vs)-1])
	fmt.Println("max:", slices.MaxFunc(vs, Compare))

	for _, c := range []string{"^1.2.0", "~1.0.0", ">=0.9.0 <1.0.0", ">1.0.0 <2.0.0", "=1.0.0"} {
		f, err := ParseConstraint(c)
		if err != nil {
			fmt.Println(c, "error:", err)
			continue
		}
		var ok []string
		for _, v := range vs {
			if f(v) {
				ok = append(ok, v.String())
			}
		}
		fmt.Printf("%-16s %v\n", c, ok)
	}
	_, err := Parse("1.2")
	fmt.Println(err, errors.Is(err, ErrInvalid))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		MustParse("one.two.three")
	}()
}
