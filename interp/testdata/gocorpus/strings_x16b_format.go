package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Metric struct {
	Name  string
	Value float64
	Unit  string
}

func (m Metric) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "%s=%g%s", m.Name, m.Value, m.Unit)
			return
		}
		fmt.Fprintf(f, "%g%s", m.Value, m.Unit)
	case 's':
		fmt.Fprint(f, m.Name)
	default:
		fmt.Fprintf(f, "%%!%c(Metric)", verb)
	}
}

func human(n int64) string {
	units := []string{"", "K", "M", "G"}
	f := float64(n)
	i := 0
	for f >= 1000 && i < len(units)-1 {
		f /= 1000
		i++
	}
	return strconv.FormatFloat(f, 'f', 1, 64) + units[i]
}

func main() {
	ms := []Metric{{"loss", 0.0123, ""}, {"acc", 97.5, "%"}, {"time", 1.25, "s"}}
	for _, m := range ms {
		fmt.Printf("[%v] [%+v] [%s] [%d]\n", m, m, m, m)
	}
	fmt.Println(human(950), human(12_345), human(7_800_000), human(3_000_000_000))
	fmt.Printf("%08.3f|%-8.2e|%+d|%x|%X|%o|%b\n", math.Pi, 12345.678, 7, 255, 255, 8, 5)
	fmt.Printf("%q %v %5t %c %U\n", "grad\n", []string{"a", "b"}, true, 'λ', 'λ')
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%*d|%-*d|\n", 5, 42, 4, 7)
	fmt.Printf("%v %v %v\n", math.Inf(1), math.NaN(), -0.0)
	fmt.Printf("%g %g %g %e\n", 1e21, 1e-7, 100000.0, 0.0)
	fmt.Printf("%#v %#v\n", []int{1}, map[string]bool{"x": true})
	fmt.Printf("%v %+v\n", struct {
		A int
		B string
	}{1, "x"}, struct{ P *int }{nil})
	v, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(v, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Println(strings.Fields("  a  b\tc\n"), strings.Title("x"), strings.EqualFold("Go", "GO"))
	r := strings.NewReplacer("w", "W", "b", "B")
	fmt.Println(r.Replace("w*x + b"))
}
