package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
)

type Download struct {
	Name  string
	Size  int64
	Done  int64
	Speed time.Duration
	Err   error
}

func (d Download) Percent() float64 { return 100 * float64(d.Done) / float64(d.Size) }

func bar(p float64, width int) string {
	n := int(p / 100 * float64(width))
	return "[" + strings.Repeat("=", n) + strings.Repeat(" ", width-n) + "]"
}

func human(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

func main() {
	ds := []*Download{
		{Name: "go1.26.tar.gz", Size: 70 << 20},
		{Name: "readme.md", Size: 900},
		{Name: "dataset.csv", Size: 3 << 30},
		{Name: "broken.iso", Size: 4 << 20},
	}
	var wg sync.WaitGroup
	for i, d := range ds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			steps := int64(i + 2)
			for s := int64(1); s <= steps; s++ {
				d.Done = d.Size * s / (steps + 1)
			}
			d.Speed = time.Duration(i+1) * 1500 * time.Millisecond
			if strings.HasSuffix(d.Name, ".iso") {
				d.Err = fmt.Errorf("checksum mismatch for %q", d.Name)
			}
		}()
	}
	wg.Wait()

	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "name\tsize\tdone\tpercent\teta\t")
	for _, d := range ds {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%5.1f%%\t%v\t\n", d.Name, human(d.Size), human(d.Done), d.Percent(), d.Speed)
	}
	tw.Flush()
	for _, d := range ds {
		status := "ok"
		if d.Err != nil {
			status = d.Err.Error()
		}
		fmt.Printf("%-14s %s %s\n", d.Name, bar(d.Percent(), 20), status)
	}
	fmt.Printf("%v|%8.3v|%-8d|%+d|%x|%X|%o|%b|%e\n", 3.14159, 2.71828, 42, 7, 255, 255, 8, 5, 123456.789)
	fmt.Printf("%t|%c|%U|%08.3f|%+q|%#x\n", true, 'G', 'G', 3.14159, "héllo", "go")
}
