package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

const data = `# city, country, population (thousands), area km2
Tokyo, Japan, 37400, 2194
Delhi, India, 28514, 1484
São Paulo, Brazil, 21650, 1521
Zürich, Switzerland, 421, 88

Reykjavík, Iceland, 131, 273
bad line without enough fields
Lagos, Nigeria, 13463, 1171
`

type City struct {
	Name, Country string
	Pop, Area     int
}

func (c City) Density() float64 { return float64(c.Pop) * 1000 / float64(c.Area) }

func main() {
	var cities []City
	var problems []string
	sc := bufio.NewScanner(strings.NewReader(data))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, ",")
		if len(f) != 4 {
			problems = append(problems, fmt.Sprintf("line %d: %d fields", lineNo, len(f)))
			continue
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		pop, err1 := strconv.Atoi(f[2])
		area, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil {
			problems = append(problems, fmt.Sprintf("line %d: bad number", lineNo))
			continue
		}
		cities = append(cities, City{f[0], f[1], pop, area})
	}
	slices.SortFunc(cities, func(a, b City) int {
		return int(b.Density() - a.Density())
	})

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "City\tCountry\tPop (k)\tDensity\t")
	for _, c := range cities {
		fmt.Fprintf(w, "%s\t%s\t%d\t%.0f\t\n", c.Name, c.Country, c.Pop, c.Density())
	}
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 4, 0, 1, '.', 0)
	for _, c := range cities[:3] {
		fmt.Fprintf(w, "%s\t%d runes\t%d bytes\n", c.Name, utf8.RuneCountInString(c.Name), len(c.Name))
	}
	w.Flush()
	fmt.Println(strings.Join(problems, "; "))

	longest := slices.MaxFunc(cities, func(a, b City) int {
		return utf8.RuneCountInString(a.Name) - utf8.RuneCountInString(b.Name)
	})
	fmt.Printf("%q %q\n", longest.Name, []rune(longest.Name)[:3])
	r, size := utf8.DecodeRuneInString("São")
	fmt.Println(string(r), size, utf8.ValidString("a\xffb"), strings.ToValidUTF8("a\xffb", "?"))
}
