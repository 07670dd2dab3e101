package main

import (
	"fmt"
	"strings"
)

type Matrix struct {
	Rows, Cols int
	Data       []float64
}

func NewMatrix(r, c int, f func(i, j int) float64) Matrix {
	m := Matrix{r, c, make([]float64, r*c)}
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			m.Data[i*c+j] = f(i, j)
		}
	}
	return m
}

// Format implements fmt.Formatter: %v prints compactly, %+v prints a grid,
// and a precision controls the digits.
func (m Matrix) Format(s fmt.State, verb rune) {
	prec, ok := s.Precision()
	if !ok {
		prec = 2
	}
	switch verb {
	case 'v', 's':
		if s.Flag('+') {
			for i := 0; i < m.Rows; i++ {
				cells := make([]string, m.Cols)
				for j := range cells {
					cells[j] = fmt.Sprintf("%*.*f", prec+4, prec, m.Data[i*m.Cols+j])
				}
				fmt.Fprintf(s, "|%s |\n", strings.Join(cells, ""))
			}
			return
		}
		fmt.Fprintf(s, "Matrix(%dx%d)[", m.Rows, m.Cols)
		for i, v := range m.Data {
			if i > 0 {
				fmt.Fprint(s, " ")
			}
			fmt.Fprintf(s, "%.*f", prec, v)
		}
		fmt.Fprint(s, "]")
	default:
		fmt.Fprintf(s, "%%!%c(Matrix)", verb)
	}
}

type Grad struct {
	Name string
	M    Matrix
}

func (g Grad) String() string { return "∇" + g.Name }

func main() {
	w := NewMatrix(2, 3, func(i, j int) float64 { return float64(i) - 0.5*float64(j) })
	fmt.Printf("%v\n", w)
	fmt.Printf("%.1v\n", w)
	fmt.Printf("%+v", w)
	fmt.Printf("%+.3v", w)
	fmt.Printf("%d\n", w)
	fmt.Println(w)
	g := Grad{"W1", w}
	fmt.Println(g, []Grad{g})
	fmt.Printf("%s|%v|%q\n", g, g, g)
	fmt.Printf("[%6s][%-6s][%.2s]\n", "ab", "ab", "abcdef")
	fmt.Printf("%08.3f|%+d|% d|%x\n", -3.14159, 5, 7, "hi")
	fmt.Printf("%*d|%-*d|\n", 5, 42, 4, 7)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%c %U %#x\n", 'λ', 'λ', 255)
	fmt.Printf("%e %E %.3g\n", 123456.789, 0.000123, 2.0/3)
	fmt.Printf("%v %v\n", []any{1, "a", nil, 2.5}, [2]bool{true})
}
