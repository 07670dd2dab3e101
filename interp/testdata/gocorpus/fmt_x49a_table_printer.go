package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

type Column struct {
	Title string
	Right bool
}

type Table struct {
	cols []Column
	rows [][]string
}

func NewTable(cols ...Column) *Table { return &Table{cols: cols} }

func (t *Table) Add(vals ...any) {
	row := make([]string, len(t.cols))
	for i := range row {
		if i < len(vals) {
			switch v := vals[i].(type) {
			case float64:
				row[i] = fmt.Sprintf("%.2f", v)
			case fmt.Stringer:
				row[i] = v.String()
			case nil:
				row[i] = "-"
			default:
				row[i] = fmt.Sprint(v)
			}
		}
	}
	t.rows = append(t.rows, row)
}

func (t *Table) Render(w io.Writer) error {
	widths := make([]int, len(t.cols))
	for i, c := range t.cols {
		widths[i] = utf8.RuneCountInString(c.Title)
	}
	for _, r := range t.rows {
		for i, cell := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(cell))
		}
	}
	line := func(cells []string) error {
		parts := make([]string, len(cells))
		for i, c := range cells {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			if t.cols[i].Right {
				parts[i] = pad + c
			} else {
				parts[i] = c + pad
			}
		}
		_, err := fmt.Fprintf(w, "| %s |\n", strings.Join(parts, " | "))
		return err
	}
	titles := make([]string, len(t.cols))
	seps := make([]string, len(t.cols))
	for i, c := range t.cols {
		titles[i] = c.Title
		seps[i] = strings.Repeat("-", widths[i])
	}
	if err := line(titles); err != nil {
		return err
	}
	line(seps)
	for _, r := range t.rows {
		if err := line(r); err != nil {
			return err
		}
	}
	return nil
}

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type brokenWriter struct{ n int }

func (b *brokenWriter) Write(p []byte) (int, error) {
	b.n++
	if b.n > 2 {
		return 0, fmt.Errorf("write #%d failed", b.n)
	}
	return len(p), nil
}

func main() {
	t := NewTable(Column{"City", false}, Column{"Temp", true}, Column{"Rain", true}, Column{"Note", false})
	t.Add("Zürich", celsius(21.35), 0.5, "sunny")
	t.Add("Reykjavík", celsius(-3), 12.25, nil)
	t.Add("Lima", celsius(18), 0.0)
	if err := t.Render(os.Stdout); err != nil {
		fmt.Println("render:", err)
	}
	err := t.Render(&brokenWriter{})
	fmt.Printf("%v | %q\n", err, fmt.Sprintf("%8.3s|%-8q|%+d", "abcdef", "q", 5))
	fmt.Printf("%6.2f|%-6.1f|%06.2f|% d|%x\n", 3.14159, 2.5, -1.5, 42, -255)
	fmt.Printf("%*d|%-*d|\n", 5, 12, 4, 7)
	fmt.Printf("%[2]s %[1]s %[2]s\n", "world", "hello")
	fmt.Printf("%v %.1e %08.3f\n", 1e21, 12345.678, 3.14159)
	fmt.Printf("%3c|%-4q|%#U\n", 'x', 'y', '⌘')
	fmt.Printf("%t|%5t|%v\n", false, true, []any{nil, 1, "a", 2.5, true})
}
