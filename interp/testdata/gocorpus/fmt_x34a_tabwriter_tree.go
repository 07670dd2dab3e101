package main

import (
	"fmt"
	"os"
	"path"
	"sort"
	"strings"
	"text/tabwriter"
)

type Node struct {
	Name     string
	Size     int64
	Children map[string]*Node
}

func (n *Node) insert(p string, size int64) {
	cur := n
	for _, part := range strings.Split(path.Clean(p), "/") {
		if cur.Children == nil {
			cur.Children = map[string]*Node{}
		}
		child, ok := cur.Children[part]
		if !ok {
			child = &Node{Name: part}
			cur.Children[part] = child
		}
		cur = child
	}
	cur.Size = size
}

func (n *Node) Total() int64 {
	t := n.Size
	for _, c := range n.Children {
		t += c.Total()
	}
	return t
}

func human(b int64) string {
	const unit = 1024
	if b < unit {
		return fmt.Sprintf("%d B", b)
	}
	div, exp := int64(unit), 0
	for n := b / unit; n >= unit; n /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(b)/float64(div), "KMGTPE"[exp])
}

func (n *Node) print(w *tabwriter.Writer, prefix string, last bool, depth int) {
	branch := "├── "
	next := "│   "
	if last {
		branch, next = "└── ", "    "
	}
	if depth == 0 {
		branch, next = "", ""
	}
	kind := "file"
	if n.Children != nil {
		kind = fmt.Sprintf("dir(%d)", len(n.Children))
	}
	fmt.Fprintf(w, "%s%s%s\t%s\t%s\n", prefix, branch, n.Name, kind, human(n.Total()))
	names := make([]string, 0, len(n.Children))
	for k := range n.Children {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := n.Children[names[i]], n.Children[names[j]]
		if (a.Children == nil) != (b.Children == nil) {
			return a.Children != nil
		}
		return names[i] < names[j]
	})
	for i, name := range names {
		n.Children[name].print(w, prefix+next, i == len(names)-1, depth+1)
	}
}

func main() {
	root := &Node{Name: "project"}
	files := map[string]int64{
		"go.mod":                   120,
		"main.go":                  2048,
		"internal/db/db.go":        15360,
		"internal/db/migrate.go":   4096,
		"internal/api/handler.go":  30000,
		"web/static/app.js":        1536000,
		"web/static/style.css":     900,
		"web/templates/index.html": 5000,
		"docs/design.md":           70000,
		"README.md":                1024,
	}
	keys := make([]string, 0, len(files))
	for k := range files {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		root.insert(k, files[k])
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 3, ' ', 0)
	fmt.Fprintln(w, "PATH\tKIND\tSIZE")
	root.print(w, "", true, 0)
	w.Flush()
	for _, b := range []int64{0, 1023, 1024, 1 << 20, 5<<30 + 1} {
		fmt.Printf("%d=%s ", b, human(b))
	}
	fmt.Println()
}
