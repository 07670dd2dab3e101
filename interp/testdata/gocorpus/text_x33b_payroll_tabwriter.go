package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
)

type Timesheet struct {
	Name  string
	Rate  float64
	Hours []float64
}

func (t Timesheet) TotalHours() float64 {
	s := 0.0
	for _, h := range t.Hours {
		s += h
	}
	return s
}

func (t Timesheet) Gross() float64 {
	h := t.TotalHours()
	if h <= 40 {
		return h * t.Rate
	}
	return 40*t.Rate + (h-40)*t.Rate*1.5
}

const data = `# name, rate, hours per day
Alice, 25.00, 8 8 8 8 8
Bob, 18.50, 10 10 10 10 6
Carol, 40, 4 4
bad line
Dan, x, 8
`

func parse(s string) ([]Timesheet, []string) {
	var out []Timesheet
	var problems []string
	sc := bufio.NewScanner(strings.NewReader(s))
	line := 0
	for sc.Scan() {
		line++
		txt := strings.TrimSpace(sc.Text())
		if txt == "" || strings.HasPrefix(txt, "#") {
			continue
		}
		parts := strings.Split(txt, ",")
		if len(parts) != 3 {
			problems = append(problems, fmt.Sprintf("line %d: want 3 fields, got %d", line, len(parts)))
			continue
		}
		rate, err := strconv.ParseFloat(strings.TrimSpace(parts[1]), 64)
		if err != nil {
			problems = append(problems, fmt.Sprintf("line %d: %v", line, err))
			continue
		}
		ts := Timesheet{Name: strings.TrimSpace(parts[0]), Rate: rate}
		for _, f := range strings.Fields(parts[2]) {
			h, _ := strconv.ParseFloat(f, 64)
			ts.Hours = append(ts.Hours, h)
		}
		out = append(out, ts)
	}
	return out, problems
}

func main() {
	sheets, problems := parse(data)
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "Name\tRate\tHours\tGross\t")
	total := 0.0
	for _, s := range sheets {
		fmt.Fprintf(w, "%s\t%.2f\t%g\t%.2f\t\n", s.Name, s.Rate, s.TotalHours(), s.Gross())
		total += s.Gross()
	}
	fmt.Fprintf(w, "TOTAL\t\t\t%.2f\t\n", total)
	w.Flush()
	for _, p := range problems {
		fmt.Println("warning:", p)
	}
	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 1, '.', 0)
	for _, s := range sheets {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", s.Name, strconv.Itoa(len(s.Hours)), strconv.FormatFloat(s.Rate, 'e', 2, 64))
	}
	tw.Flush()
	fmt.Println(strconv.Quote("tab\there"), strconv.FormatInt(-255, 16), strconv.AppendBool([]byte("ok:"), true))
	n, err := strconv.ParseInt("9999999999999999999", 10, 64)
	fmt.Println(n, err)
	u, err := strconv.ParseUint("ff", 16, 8)
	fmt.Println(u, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
}
