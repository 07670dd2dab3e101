package main

import (
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	case Error:
		return "ERROR"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type IP [4]byte

func (ip IP) String() string { return fmt.Sprintf("%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3]) }

type Secret string

func (Secret) String() string     { return "******" }
func (s Secret) GoString() string { return `Secret("***")` }

type Temp float64

func (t Temp) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "%.2f kelvin", float64(t)+273.15)
			return
		}
		fmt.Fprintf(f, "%.1f°", float64(t))
	case 'd':
		fmt.Fprintf(f, "%d", int(t))
	default:
		fmt.Fprintf(f, "%%!%c(Temp)", verb)
	}
}

type Record struct {
	Level  Level
	Source IP
	Pass   Secret
	Temp   Temp
	Tags   []string
}

type errCode int

func (e errCode) Error() string { return fmt.Sprintf("E%03d", int(e)) }

func main() {
	r := Record{Warn, IP{10, 0, 0, 1}, "hunter2", 21.456, []string{"a", "b"}}
	fmt.Println(r)
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Printf("%#v\n", r.Pass)
	fmt.Printf("%s %d %x %q\n", r.Level, r.Level, r.Level, r.Level)
	fmt.Printf("[%v] [%+v] [%d] [%x]\n", r.Temp, r.Temp, r.Temp, r.Temp)
	fmt.Printf("%10s|%-10s|\n", r.Source, Level(9))
	var e error = errCode(7)
	fmt.Println(e, []error{e, errCode(42)}, map[Level]int{Error: 1, Debug: 2})
	items := []fmt.Stringer{Info, r.Source, r.Pass}
	var sb strings.Builder
	for _, it := range items {
		fmt.Fprintf(&sb, "<%s>", it)
	}
	fmt.Println(sb.String())
	fmt.Printf("%v %s\n", &r.Source, []IP{{1, 2, 3, 4}})
	fmt.Printf("%T %T %T\n", r.Temp, items[1], e)
	fmt.Println(fmt.Sprint(Temp(-3), " ", Temp(0)), fmt.Sprintf("%5.1v|", Temp(1)))
}
