package main

import (
	"cmp"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"text/tabwriter"
)

type Column[T any] struct {
	Header string
	Get    func(T) any
	Right  bool
}

type Table[T any] struct {
	cols []Column[T]
	rows []T
}

func (t *Table[T]) Add(h string, get func(T) any, right bool) *Table[T] {
	t.cols = append(t.cols, Column[T]{h, get, right})
	return t
}

func (t *Table[T]) Rows(rs ...T) *Table[T] { t.rows = append(t.rows, rs...); return t }

func SortBy[T any, K cmp.Ordered](t *Table[T], key func(T) K, desc bool) {
	slices.SortStableFunc(t.rows, func(a, b T) int {
		c := cmp.Compare(key(a), key(b))
		if desc {
			return -c
		}
		return c
	})
}

func (t *Table[T]) Render() {
	flags := uint(0)
	w := tabwriter.NewWriter(os.Stdout, 4, 0, 1, ' ', flags)
	var hdr, sep []string
	for _, c := range t.cols {
		hdr = append(hdr, c.Header)
		sep = append(sep, strings.Repeat("-", len(c.Header)))
	}
	fmt.Fprintln(w, strings.Join(hdr, "\t|\t")+"\t")
	fmt.Fprintln(w, strings.Join(sep, "\t|\t")+"\t")
	for _, r := range t.rows {
		var cells []string
		for _, c := range t.cols {
			v := c.Get(r)
			var s string
			switch x := v.(type) {
			case float64:
				s = fmt.Sprintf("%.2f", x)
			case []string:
				s = strings.Join(x, ",")
			case fmt.Stringer:
				s = x.String()
			default:
				s = fmt.Sprint(x)
			}
			cells = append(cells, s)
		}
		fmt.Fprintln(w, strings.Join(cells, "\t|\t")+"\t")
	}
	w.Flush()
}

type Size int64

func (s Size) String() string {
	for i, u := range []string{"B", "K", "M", "G"} {
		if s < 1024 || i == 3 {
			return fmt.Sprintf("%d%s", s, u)
		}
		s /= 1024
	}
	return ""
}

type File struct {
	Name  string
	Size  Size
	Mode  string
	Tags  []string
	Score float64
}

func main() {
	t := &Table[File]{}
	t.Add("NAME", func(f File) any { return f.Name }, false).
		Add("SIZE", func(f File) any { return f.Size }, true).
		Add("MODE", func(f File) any { return f.Mode }, false).
		Add("TAGS", func(f File) any { return f.Tags }, false).
		Add("SCORE", func(f File) any { return f.Score }, true)
	t.Rows(
		File{"main.go", 2048, "rw-r--r--", []string{"go", "src"}, 0.9},
		File{"README.md", 512, "rw-r--r--", nil, 0.5},
		File{"data.bin", 5 << 20, "rw-------", []string{"bin"}, 0.125},
		File{"run.sh", 90, "rwxr-xr-x", []string{"script"}, 0.5},
	)
	SortBy(t, func(f File) float64 { return f.Score }, true)
	t.Render()
	SortBy(t, func(f File) Size { return f.Size }, false)
	t.Render()
	fmt.Println(reflect.TypeOf(t).String(), len(t.cols))
}
