package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

type Record struct {
	Name  string
	Score int
}

type Formatter interface {
	Format(w io.Writer, recs []Record) error
}

type CSVFormatter struct{ Sep string }
type JSONFormatter struct{ Indent bool }
type MarkdownFormatter struct{}

func (f CSVFormatter) Format(w io.Writer, recs []Record) error {
	fmt.Fprintf(w, "name%sscore\n", f.Sep)
	for _, r := range recs {
		fmt.Fprintf(w, "%s%s%d\n", r.Name, f.Sep, r.Score)
	}
	return nil
}

func (f JSONFormatter) Format(w io.Writer, recs []Record) error {
	var data []byte
	var err error
	if f.Indent {
		data, err = json.MarshalIndent(recs, "", " ")
	} else {
		data, err = json.Marshal(recs)
	}
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(w, string(data))
	return err
}

func (MarkdownFormatter) Format(w io.Writer, recs []Record) error {
	io.WriteString(w, "| Name | Score |\n|---|---:|\n")
	for _, r := range recs {
		fmt.Fprintf(w, "| %s | %d |\n", r.Name, r.Score)
	}
	return nil
}

func (r Record) String() string { return fmt.Sprintf("%s(%d)", r.Name, r.Score) }

type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.Writer.Write(p)
	c.n += n
	return n, err
}

func main() {
	recs := []Record{{"ann", 91}, {"ben", 78}, {"cy", 85}}
	formatters := map[string]Formatter{
		"csv":  CSVFormatter{Sep: ";"},
		"json": JSONFormatter{},
		"pjs":  JSONFormatter{Indent: true},
		"md":   MarkdownFormatter{},
	}
	for _, name := range []string{"csv", "json", "md", "pjs"} {
		f := formatters[name]
		cw := &countingWriter{Writer: os.Stdout}
		fmt.Printf("## %s (%T)\n", name, f)
		if err := f.Format(cw, recs); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Printf("(%d bytes)\n", cw.n)
	}
	var sb strings.Builder
	MarkdownFormatter{}.Format(&sb, recs[:1])
	fmt.Printf("%q\n", sb.String())
	fmt.Println(recs, recs[0])
	fmt.Printf("%v %+v %s\n", recs[1], recs[1], recs[2])
	var f Formatter = CSVFormatter{","}
	if c, ok := f.(CSVFormatter); ok {
		fmt.Printf("%#v\n", c)
	}
}
