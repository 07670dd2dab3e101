package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c *Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(*c)) }

type Version struct{ Major, Minor int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

type Release struct {
	Name string
	Ver  Version
	Prev *Version
	Temp Celsius
}

type Status struct {
	Code int
	Err  error
}

func (s *Status) Error() string { return fmt.Sprintf("status %d", s.Code) }

type List []Version

func (l List) String() string { return fmt.Sprintf("%d versions", len(l)) }

type Wrapper struct {
	Inner fmt.Stringer
	Items List
	Map   map[Version]string
}

func main() {
	c := Celsius(21.5)
	fmt.Println(c, &c)
	fmt.Printf("%v %v %s\n", c, &c, &c)
	r := Release{"go", Version{1, 22}, &Version{1, 21}, 30}
	fmt.Println(r)
	fmt.Printf("%+v\n", r)
	fmt.Println(r.Ver, r.Prev, *r.Prev)
	rs := []Release{r}
	fmt.Println(rs)
	pr := &r
	fmt.Println(pr.Ver, &pr.Temp)
	var st error = &Status{404, nil}
	fmt.Println(st)
	fmt.Printf("%v %+v\n", Status{500, errors.New("x")}, &Status{200, nil})
	w := Wrapper{Inner: Version{2, 0}, Items: List{{1, 0}, {1, 1}}, Map: map[Version]string{{1, 1}: "b", {1, 0}: "a"}}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Println(w.Items, []Version(w.Items))
	var nilVer *Version
	fmt.Println(nilVer)
	fmt.Printf("[%v] [%s] [%d]\n", Version{3, 4}, Version{3, 4}, Version{3, 4})
	fmt.Printf("%v\n", [2]fmt.Stringer{Version{0, 1}, &c})
	fmt.Printf("%x %X\n", Version{10, 11}, "Go")
	fmt.Printf("%08.3f|%+d|% d|%x\n", -3.14159, 5, 5, -255)
	fmt.Printf("%v %v\n", int64(-1)<<62, uint64(1)<<63)
	fmt.Printf("%e %G %.0f %.1f\n", 123456.789, 1e-7, 2.5, 0.05)
	fmt.Printf("%t %v %08b %o %#o %#b\n", false, true, 5, 64, 64, 5)
	fmt.Printf("%3c|%-3c|%q\n", 'x', 'y', "multi\nline")
	fmt.Printf("%v %v\n", complex(1, -2), []complex128{1i})
	type pt struct{ X, Y int }
	fmt.Printf("%v %+v %#v\n", &pt{1, 2}, []*pt{{3, 4}}[0], map[string]pt{"o": {}})
}
