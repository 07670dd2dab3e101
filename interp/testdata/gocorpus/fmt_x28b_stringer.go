package main

import (
	"errors"
	"fmt"
	"strings"
)

// Stringer pitfalls: calling fmt.Sprintf("%v", x) inside x's own String method
// recurses forever; convert to an underlying type without methods first.
// Also: String on a pointer receiver is not used when printing a value.

type Celsius float64

func (c Celsius) String() string {
	return fmt.Sprintf("%.1f°C", float64(c)) // not %v of c
}

type Version struct {
	Major, Minor, Patch int
}

func (v Version) String() string {
	return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch)
}

type Secret struct {
	User     string
	Password string
}

// Use a type alias without methods to reuse default formatting.
func (s Secret) String() string {
	type plain Secret
	p := plain(s)
	p.Password = strings.Repeat("*", len(p.Password))
	return fmt.Sprintf("%+v", p)
}

type Node struct {
	Name string
}

func (n *Node) String() string { return "node:" + n.Name }

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Point struct{ X, Y int }

func (p Point) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Point{X: %d, Y: %d}", p.X, p.Y)
			return
		}
		fmt.Fprintf(f, "(%d,%d)", p.X, p.Y)
	default:
		fmt.Fprintf(f, "%%!%c(Point)", verb)
	}
}

type wrapErr struct{ inner error }

func (w wrapErr) Error() string { return "wrap: " + w.inner.Error() }

func main() {
	fmt.Println(Celsius(21.456), []Celsius{1, 2.25})
	fmt.Printf("%v %s %d\n", Version{1, 2, 3}, Version{0, 1, 0}, Version{4, 5, 6})
	fmt.Println(Secret{"admin", "hunter2"})
	fmt.Printf("%v | %+v\n", Secret{"u", "pw"}, Secret{"u", "pw"})

	n := Node{"root"}
	fmt.Println(n, &n)
	fmt.Printf("%v %v\n", []*Node{&n}, []Node{n})

	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %d %s %q %x\n", Green, Green, Green, Green, Green)
	fmt.Printf("%#v\n", Green)

	p := Point{3, 4}
	fmt.Printf("%v %+v %s\n", p, p, p)
	fmt.Println(p)

	// Errors take precedence over Stringer when printing.
	e := wrapErr{errors.New("disk full")}
	fmt.Println(e)
	fmt.Printf("%v %q\n", e, e)

	// Width, precision and flags with various verbs.
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [%x] [%X] [%o] [%b]\n", 42, 42, 42, 42, 255, 255, 8, 5)
	fmt.Printf("[%8.3f] [%-8.2f] [%e] [%g]\n", 3.14159, 2.5, 1234.5678, 0.000012)
	fmt.Printf("[%10s] [%-10s] [%.3s] [%q] [%v]\n", "go", "go", "golang", `a"b`, nil)
	fmt.Printf("%t %v\n", true, nil)
	fmt.Printf("%T %T %T %T\n", p, &p, []any{1}, map[string]Color{})
	fmt.Printf("%v %d\n", []byte("hi"), []byte("hi"))
	fmt.Printf("%s %x %X\n", []byte("hi"), []byte("hi"), "hi")
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%[2]d %[1]d %[2]d\n", 1, 2)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
}
