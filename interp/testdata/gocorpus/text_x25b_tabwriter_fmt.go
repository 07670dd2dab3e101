package main

import (
	"fmt"
	"os"
	"strconv"
	"text/tabwriter"
)

type Temp float64

func (t Temp) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "%.1f°C", float64(t))
	case 'f':
		if p, ok := f.Precision(); ok {
			fmt.Fprintf(f, "%.*f", p, float64(t))
		} else {
			fmt.Fprint(f, float64(t))
		}
	default:
		fmt.Fprintf(f, "%%!%c(Temp)", verb)
	}
}

type City struct {
	Name string
	Pop  int
	Temp Temp
}

func main() {
	cities := []City{{"Oslo", 709037, -3.25}, {"Lagos", 15388000, 31.5}, {"Quito", 2011388, 14}}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "City\tPopulation\tTemp\t")
	for _, c := range cities {
		fmt.Fprintf(w, "%s\t%d\t%v\t\n", c.Name, c.Pop, c.Temp)
	}
	w.Flush()
	w2 := tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', 0)
	fmt.Fprintln(w2, "a\tbb\tccc")
	fmt.Fprintln(w2, "dddd\te\tf")
	w2.Flush()
	t := Temp(21.456)
	fmt.Printf("%v|%s|%.2f|%f|%d\n", t, t, t, t, t)
	fmt.Printf("[%5d] [%-5d] [%05d] [%x] [%X] [%o] [%b] [%#x]\n", 42, 42, 42, 255, 255, 8, 5, 255)
	fmt.Printf("[%8.3f] [%-8.2f] [%e] [%g] [%G]\n", 3.14159, 2.5, 123456.789, 1e21, 1e-7)
	fmt.Printf("[%q] [%v] [%x] [% x] [%c] [%U]\n", "hi\n", 'A', "hey", []byte{1, 171}, 0x1F600, 0x1F600)
	fmt.Printf("[%t] [%v] [%+d] [%6.2f%%]\n", true, nil, 5, 99.5)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', -1, 64), strconv.FormatInt(-255, 16), strconv.Quote("tab\there"), strconv.Itoa(1<<20))
	v, err := strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(v, err)
	_, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(err)
	b, _ := strconv.ParseBool("TRUE")
	fmt.Println(b, strconv.AppendInt([]byte("n="), 7, 2))
	fmt.Printf("%v %+v %#v\n", cities[0], cities[1], cities[2].Name)
	fmt.Printf("%08.3f|%+.1e|%x\n", -3.14159, 12345.678, 3.5)
}
