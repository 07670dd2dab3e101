package main

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"text/tabwriter"
	"time"
)

type Status int

const (
	Pending Status = iota
	Running
	Done
	Failed
)

func (s Status) String() string {
	return [...]string{"pending", "running", "done", "failed"}[s]
}

type Job struct {
	ID       int           `table:"ID"`
	Name     string        `table:"NAME"`
	Status   Status        `table:"STATUS"`
	Duration time.Duration `table:"TOOK"`
	Retries  *int          `table:"RETRIES"`
	Labels   []string      `table:"LABELS"`
	secret   string
}

func PrintTable(w *tabwriter.Writer, rows any) error {
	v := reflect.ValueOf(rows)
	if v.Kind() != reflect.Slice {
		return fmt.Errorf("PrintTable: want slice, got %T", rows)
	}
	et := v.Type().Elem()
	if et.Kind() != reflect.Struct {
		return fmt.Errorf("PrintTable: want slice of structs, got %v", v.Type())
	}
	var idx []int
	var hdr []string
	for i := 0; i < et.NumField(); i++ {
		if tag, ok := et.Field(i).Tag.Lookup("table"); ok {
			idx = append(idx, i)
			hdr = append(hdr, tag)
		}
	}
	fmt.Fprintln(w, strings.Join(hdr, "\t"))
	for r := 0; r < v.Len(); r++ {
		cells := make([]string, len(idx))
		for c, i := range idx {
			f := v.Index(r).Field(i)
			switch {
			case f.Kind() == reflect.Pointer && f.IsNil():
				cells[c] = "-"
			case f.Kind() == reflect.Pointer:
				cells[c] = fmt.Sprint(f.Elem().Interface())
			case f.Kind() == reflect.Slice:
				cells[c] = strings.Join(f.Interface().([]string), ",")
			default:
				cells[c] = fmt.Sprint(f.Interface())
			}
		}
		fmt.Fprintln(w, strings.Join(cells, "\t"))
	}
	return w.Flush()
}

func main() {
	two := 2
	jobs := []Job{
		{1, "build", Done, 1500 * time.Millisecond, nil, []string{"ci"}, "s"},
		{2, "test", Failed, 2*time.Minute + 3*time.Second, &two, []string{"ci", "slow"}, ""},
		{3, "deploy", Pending, 0, nil, nil, ""},
	}
	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 2, ' ', 0)
	if err := PrintTable(tw, jobs); err != nil {
		fmt.Println(err)
	}
	fmt.Println(PrintTable(tw, 42))
	fmt.Println(PrintTable(tw, []int{1}))

	j := jobs[1]
	fmt.Printf("%v\n", j.Status)
	fmt.Printf("%d %s %q %x\n", j.Status, j.Status, j.Status, j.Status)
	fmt.Printf("%v\n", struct {
		S Status
		D time.Duration
	}{Running, time.Second})
	fmt.Printf("%+v\n", jobs[2])
	fmt.Printf("%#v\n", jobs[2].Labels)
	fmt.Printf("%#v\n", Status(1))
	fmt.Printf("%T %T %T\n", j, &j, jobs)
	fmt.Printf("[%6.2f] [%-8s] [%08b] [%+d] [%x] [% x] [%#o]\n", 3.14159, "left", 5, 7, "hi", []byte("hi"), 8)
	fmt.Printf("%v %v\n", []any{nil, 1, "a", 2.5, true}, map[Status]int{Done: 3, Pending: 1})
	fmt.Println(fmt.Sprintf("%*d|%-*d|", 5, 42, 4, 7))
}
