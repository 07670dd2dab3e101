package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
)

type Row struct {
	Name  string
	Score int
	Ratio float64
}

type RowSource interface {
	Next() (Row, error)
}

type csvSource struct {
	r    *csv.Reader
	line int
}

func NewCSVSource(r io.Reader) *csvSource {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.TrimLeadingSpace = true
	return &csvSource{r: cr}
}

type RowError struct {
	Line int
	Err  error
}

func (e *RowError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *RowError) Unwrap() error { return e.Err }

func (c *csvSource) Next() (Row, error) {
	rec, err := c.r.Read()
	if err != nil {
		return Row{}, err
	}
	c.line++
	score, err := strconv.Atoi(rec[1])
	if err != nil {
		return Row{}, &RowError{c.line, err}
	}
	ratio, err := strconv.ParseFloat(rec[2], 64)
	if err != nil {
		return Row{}, &RowError{c.line, err}
	}
	return Row{rec[0], score, ratio}, nil
}

func collect(src RowSource) (rows []Row, bad []error) {
	for {
		r, err := src.Next()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			bad = append(bad, err)
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return
			}
			continue
		}
		rows = append(rows, r)
	}
}

func main() {
	data := `# name, score, ratio
ann, 90, 0.75
"bob, jr", 72, 0.5
cat, x1, 0.1
dan, 65, 1e-1
eve, 88, NaNa
`
	rows, bad := collect(NewCSVSource(strings.NewReader(data)))
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "name\tscore\tratio\t")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t\n", r.Name, r.Score, r.Ratio)
	}
	tw.Flush()
	for _, e := range bad {
		var ne *strconv.NumError
		if errors.As(e, &ne) {
			fmt.Printf("bad: %v (func=%s num=%q)\n", e, ne.Func, ne.Num)
		}
	}
	_, bad = collect(NewCSVSource(strings.NewReader("a,1,2\nb,\"3,4\n")))
	fmt.Println(len(bad), bad)

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"name", "note"})
	w.Write([]string{"x", `has "quotes", commas`})
	w.Write([]string{"y", "multi\nline"})
	w.Flush()
	fmt.Println(w.Error())
}
