package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
)

type Row struct {
	Region string  `json:"region"`
	Q1     float64 `json:"q1"`
	Q2     float64 `json:"q2"`
}

func (r Row) Growth() float64 { return (r.Q2 - r.Q1) / r.Q1 * 100 }

type Formatter interface {
	Format(w io.Writer, rows []Row) error
}

type TextFormatter struct{ Title string }

func (t TextFormatter) Format(w io.Writer, rows []Row) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\t\t\t\t\n", t.Title)
	fmt.Fprintln(tw, "region\tq1\tq2\tgrowth\t")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%.1f\t%.1f\t%+.1f%%\t\n", r.Region, r.Q1, r.Q2, r.Growth())
	}
	return tw.Flush()
}

type JSONFormatter struct{ Indent bool }

func (j JSONFormatter) Format(w io.Writer, rows []Row) error {
	enc := json.NewEncoder(w)
	if j.Indent {
		enc.SetIndent("", " ")
	}
	return enc.Encode(map[string]any{"rows": rows, "count": len(rows)})
}

type CSVFormatter struct{}

func (CSVFormatter) Format(w io.Writer, rows []Row) error {
	for _, r := range rows {
		if _, err := fmt.Fprintf(w, "%s,%g,%g\n", r.Region, r.Q1, r.Q2); err != nil {
			return err
		}
	}
	return nil
}

type countingWriter struct {
	w     io.Writer
	bytes int
	lines int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.bytes += n
	c.lines += bytes.Count(p[:n], []byte("\n"))
	return n, err
}

type limitedWriter struct {
	buf   bytes.Buffer
	limit int
}

var errFull = fmt.Errorf("writer full")

func (l *limitedWriter) Write(p []byte) (int, error) {
	room := l.limit - l.buf.Len()
	if len(p) > room {
		l.buf.Write(p[:room])
		return room, errFull
	}
	return l.buf.Write(p)
}

const data = `north 120 150
south 98 91.5
east 40 64
west 210 205`

func main() {
	var rows []Row
	for _, l := range strings.Split(data, "\n") {
		var r Row
		fmt.Sscan(l, &r.Region, &r.Q1, &r.Q2)
		rows = append(rows, r)
	}
	formatters := []Formatter{TextFormatter{"Quarterly"}, JSONFormatter{}, JSONFormatter{Indent: true}, CSVFormatter{}}
	for _, f := range formatters {
		cw := &countingWriter{w: os.Stdout}
		err := f.Format(cw, rows)
		fmt.Printf("-- %T %+v: %d bytes, %d lines, err=%v\n", f, f, cw.bytes, cw.lines, err)
	}
	lw := &limitedWriter{limit: 25}
	err := CSVFormatter{}.Format(lw, rows)
	fmt.Printf("limited: %q err=%v\n", lw.buf.String(), err)
	var sb strings.Builder
	mw := io.MultiWriter(&sb, io.Discard)
	TextFormatter{"x"}.Format(mw, rows[:1])
	fmt.Print(strings.ToUpper(sb.String()))
}
