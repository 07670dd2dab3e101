// Exercises: Effective Go's ByteSize: typed iota constants with 1 << (10 * iota), a String method using %.2f, printed directly, in slices, maps and struct fields.
package main

import "fmt"

type ByteSize float64

const (
	_           = iota // ignore first value by assigning to blank identifier
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
	ZB
	YB
)

func (b ByteSize) String() string {
	switch {
	case b >= YB:
		return fmt.Sprintf("%.2fYB", b/YB)
	case b >= ZB:
		return fmt.Sprintf("%.2fZB", b/ZB)
	case b >= EB:
		return fmt.Sprintf("%.2fEB", b/EB)
	case b >= PB:
		return fmt.Sprintf("%.2fPB", b/PB)
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

type File struct {
	Name string
	Size ByteSize
}

func main() {
	fmt.Println(YB, ByteSize(1e13), KB, ByteSize(512))
	fmt.Println([]ByteSize{1023, 1024, 1536 * MB})
	fmt.Println(map[string]ByteSize{"disk": 2 * TB, "ram": 16 * GB})
	f := File{"movie.mkv", 4.7 * GB}
	fmt.Printf("%v %+v %s\n", f, f, f.Size)
	fmt.Printf("%.0f %v %T\n", float64(MB), MB/KB, GB)
	total := KB
	for i := 0; i < 3; i++ {
		total *= 1000
	}
	fmt.Println(total, total > GB)
}
