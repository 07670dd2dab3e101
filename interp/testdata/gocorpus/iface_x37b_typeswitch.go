// Type switches over interface values: a SQL literal quoter and a small
// shape catalogue, after section 7.13.
package main

import (
	"fmt"
	"math"
	"strings"
	"time"
)

func sqlQuote(x interface{}) string {
	switch x := x.(type) {
	case nil:
		return "NULL"
	case int, uint:
		return fmt.Sprintf("%d", x) // x has type interface{} here
	case bool:
		if x {
			return "TRUE"
		}
		return "FALSE"
	case string:
		return "'" + strings.ReplaceAll(x, "'", "''") + "'"
	case float64:
		return fmt.Sprintf("%g", x)
	case time.Time:
		return x.Format("'2006-01-02'")
	case []string:
		q := make([]string, len(x))
		for i, s := range x {
			q[i] = sqlQuote(s)
		}
		return "(" + strings.Join(q, ", ") + ")"
	case fmt.Stringer:
		return sqlQuote(x.String())
	default:
		panic(fmt.Sprintf("unexpected type %T: %v", x, x))
	}
}

func listTracks(query string, args ...interface{}) string {
	var b strings.Builder
	parts := strings.Split(query, "?")
	for i, p := range parts {
		b.WriteString(p)
		if i < len(args) {
			b.WriteString(sqlQuote(args[i]))
		}
	}
	return b.String()
}

type Genre int

const (
	Jazz Genre = iota + 1
	Rock
	Blues
)

func (g Genre) String() string {
	return [...]string{"?", "jazz", "rock", "blues"}[g]
}

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct{ Rect }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func NewSquare(s float64) Square    { return Square{Rect{s, s}} }
func (s Square) String() string     { return fmt.Sprintf("Square(%g)", s.W) }

func describe(s Shape) string {
	switch v := s.(type) {
	case Square:
		return fmt.Sprintf("%v with side %g", v, v.W)
	case Rect:
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	case Circle:
		return fmt.Sprintf("circle r=%g", v.R)
	}
	return "unknown"
}

func main() {
	fmt.Println(listTracks("SELECT * FROM tracks WHERE artist = ? AND year >= ? AND year <= ?",
		"Sinéad O'Connor", 1990, uint(1999)))
	fmt.Println(listTracks("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)",
		nil, true, 2.5, Rock, []string{"a", "b'c"}, time.Date(2015, 11, 16, 0, 0, 0, 0, time.UTC)))
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		sqlQuote(struct{ X int }{3})
	}()

	shapes := []Shape{Circle{1}, Rect{3, 4}, NewSquare(2), &Rect{1, 1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		_, isStringer := s.(fmt.Stringer)
		fmt.Printf("%-22s %-12T area=%6.3f perim=%6.3f stringer=%t\n",
			describe(s), s, s.Area(), s.Perimeter(), isStringer)
	}
	fmt.Printf("total area %.4f\n", total)
	var g fmt.Stringer = Blues
	if gv, ok := g.(Genre); ok {
		fmt.Println(gv, int(gv), gv+0 == Blues)
	}
}
