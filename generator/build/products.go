package build

// ProductFiles returns, from the build manifest in outDir, the files the last
// build of each product wrote there (names relative to outDir), by product name.
func ProductFiles(outDir string) map[string][]string {
	m := readManifest(outDir)
	files := make(map[string][]string, len(m.Products))
	for name, p := range m.Products {
		files[name] = append([]string(nil), p.Files...)
	}
	return files
}
