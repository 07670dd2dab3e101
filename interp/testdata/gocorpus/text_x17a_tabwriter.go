package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

const cmds = `$ cd /
$ ls
dir a
14848514 b.txt
8504156 c.dat
dir d
$ cd a
$ ls
dir e
29116 f
2557 g
62596 h.lst
$ cd e
$ ls
584 i
$ cd ..
$ cd ..
$ cd d
$ ls
4060174 j
8033020 d.log
5626152 d.ext
7214296 k`

type Dir struct {
	name  string
	files map[string]int
	dirs  map[string]*Dir
	up    *Dir
}

func newDir(name string, up *Dir) *Dir {
	return &Dir{name, map[string]int{}, map[string]*Dir{}, up}
}

func (d *Dir) Size(visit func(*Dir, int)) int {
	s := 0
	for _, v := range d.files {
		s += v
	}
	names := make([]string, 0, len(d.dirs))
	for n := range d.dirs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		s += d.dirs[n].Size(visit)
	}
	visit(d, s)
	return s
}

func (d *Dir) Path() string {
	if d.up == nil {
		return "/"
	}
	return strings.TrimSuffix(d.up.Path(), "/") + "/" + d.name
}

func main() {
	root := newDir("", nil)
	cur := root
	for _, l := range strings.Split(cmds, "\n") {
		f := strings.Fields(l)
		switch {
		case f[0] == "$" && f[1] == "cd":
			switch f[2] {
			case "/":
				cur = root
			case "..":
				cur = cur.up
			default:
				cur = cur.dirs[f[2]]
			}
		case f[0] == "$":
		case f[0] == "dir":
			cur.dirs[f[1]] = newDir(f[1], cur)
		default:
			var n int
			fmt.Sscan(f[0], &n)
			cur.files[f[1]] = n
		}
	}
	type row struct {
		path string
		size int
	}
	var rows []row
	total := root.Size(func(d *Dir, s int) { rows = append(rows, row{d.Path(), s}) })
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "path\tsize\tsmall\t")
	small := 0
	for _, r := range rows {
		mark := ""
		if r.size <= 100000 {
			small += r.size
			mark = "*"
		}
		fmt.Fprintf(w, "%s\t%d\t%s\t\n", r.path, r.size, mark)
	}
	w.Flush()
	need := 30000000 - (70000000 - total)
	best := total
	for _, r := range rows {
		if r.size >= need && r.size < best {
			best = r.size
		}
	}
	fmt.Println("small sum", small, "need", need, "delete", best)
	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 1, '.', 0)
	fmt.Fprintf(tw, "a\tbb\tccc\ndddd\te\tf\n")
	tw.Flush()
}
