package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

var mass = map[rune]float64{
	'A': 71.0788, 'R': 156.1875, 'N': 114.1038, 'D': 115.0886, 'C': 103.1388,
	'E': 129.1155, 'Q': 128.1307, 'G': 57.0519, 'H': 137.1411, 'I': 113.1594,
	'L': 113.1594, 'K': 128.1741, 'M': 131.1926, 'F': 147.1766, 'P': 97.1167,
	'S': 87.0782, 'T': 101.1051, 'W': 186.2132, 'Y': 163.1760, 'V': 99.1326,
}

var kd = map[rune]float64{
	'A': 1.8, 'R': -4.5, 'N': -3.5, 'D': -3.5, 'C': 2.5, 'Q': -3.5, 'E': -3.5,
	'G': -0.4, 'H': -3.2, 'I': 4.5, 'L': 3.8, 'K': -3.9, 'M': 1.9, 'F': 2.8,
	'P': -1.6, 'S': -0.8, 'T': -0.7, 'W': -0.9, 'Y': -1.3, 'V': 4.2,
}

const water = 18.01528

func molWeight(p string) float64 {
	w := water
	for _, r := range p {
		w += mass[r]
	}
	return w
}

func gravy(p string) float64 {
	s := 0.0
	for _, r := range p {
		s += kd[r]
	}
	return s / float64(len(p))
}

func hydropathyWindow(p string, w int) []float64 {
	out := make([]float64, 0, len(p)-w+1)
	for i := 0; i+w <= len(p); i++ {
		out = append(out, gravy(p[i:i+w]))
	}
	return out
}

func main() {
	proteins := map[string]string{
		"insulinB": "FVNQHLCGSHLVEALYLVCGERGFFYTPKT",
		"melittin": "GIGAVLKVLTTGLPALISWIKRKRQQ",
		"magainin": "GIGKFLHSAKKFGKAFVGEIMNS",
	}
	names := make([]string, 0, len(proteins))
	for n := range proteins {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Printf("%-10s %4s %10s %7s\n", "name", "len", "MW (Da)", "GRAVY")
	for _, n := range names {
		p := proteins[n]
		fmt.Printf("%-10s %4d %10.2f %+7.3f\n", n, len(p), molWeight(p), gravy(p))
	}
	prof := hydropathyWindow(proteins["melittin"], 7)
	for i, v := range prof {
		bar := strings.Repeat("#", int(math.Round(math.Abs(v)*3)))
		sign := "+"
		if v < 0 {
			sign = "-"
		}
		fmt.Printf("%2d %6s %s%s\n", i+1, strconv.FormatFloat(v, 'f', 2, 64), sign, bar)
	}
	fmt.Println(math.Round(molWeight("G")*100)/100, math.Floor(-0.5), math.Inf(1) > 1e308, math.NaN() == math.NaN())
	fmt.Printf("%g %e %.3g %v\n", molWeight("W"), molWeight("WW"), gravy("IV"), float32(0.1))
}
