# The generator's command on Windows, the twin of ./statiqpat: statiqpat.cmd verifier, statiqpat.cmd servir…
# It runs the built program directly and builds it only when a file that goes into it is newer than it.
# Saved with a byte order mark: without one, Windows PowerShell 5.1 reads the accents of the messages as ANSI.
$ErrorActionPreference = 'Stop'

$root = $PSScriptRoot
# Debug by default (half the compile time, and dotnet test finds it built); STATIQPAT_CONFIGURATION=Release for the ahead-of-time build.
$configuration = if ($env:STATIQPAT_CONFIGURATION) { $env:STATIQPAT_CONFIGURATION } else { 'Debug' }
$dll = Join-Path $root "src/StatiqPat/bin/$configuration/net10.0/StatiqPat.dll"

# True when a source of the program is newer than it: a file or folder under src/StatiqPat/ or theme/ (bin/ and obj/
# left out), or a build settings file. Folders count too: their date changes when a file is added, renamed or deleted
# in them. .NET walks the tree: the same walk with Get-Item took over a second.
function Test-Stale([datetime] $built) {
    $pending = [System.Collections.Generic.Stack[System.IO.FileSystemInfo]]::new()
    foreach ($source in 'src/StatiqPat', 'theme', 'Directory.Build.props', 'Directory.Packages.props', 'global.json') {
        $pending.Push((Get-Item -LiteralPath (Join-Path $root $source) -Force))
    }
    while ($pending.Count -gt 0) {
        $item = $pending.Pop()
        if ($item.LastWriteTimeUtc -gt $built) { return $true }
        if ($item -is [System.IO.DirectoryInfo]) {
            foreach ($child in $item.EnumerateFileSystemInfos()) {
                if ($child -is [System.IO.DirectoryInfo] -and ($child.Name -eq 'bin' -or $child.Name -eq 'obj')) { continue }
                $pending.Push($child)
            }
        }
    }
    return $false
}

$reason = $null
if (-not (Test-Path -LiteralPath $dll)) {
    $reason = 'première fois'
}
elseif (Test-Stale (Get-Item -LiteralPath $dll).LastWriteTimeUtc) {
    $reason = 'sources modifiées'
}

if ($reason) {
    [Console]::Error.WriteLine("Construction du générateur ($reason)…")
    $started = [datetime]::UtcNow
    dotnet build (Join-Path $root 'src/StatiqPat') -c $configuration -v q --nologo | ForEach-Object { [Console]::Error.WriteLine($_) }
    if ($LASTEXITCODE -ne 0) {
        [Console]::Error.WriteLine('erreur : la construction du générateur a échoué (voir les messages ci-dessus) ; corrigez le code puis relancez.')
        exit 1
    }
    # A build with nothing to do (the newer file was an editor's swap file, or a file the build does not read) leaves
    # the program older than it: dating the program from the start of this build keeps the next command from building.
    $program = Get-Item -LiteralPath $dll
    if ($program.LastWriteTimeUtc -lt $started) { $program.LastWriteTimeUtc = $started }
}

# The program's default folders (input/, output/) are then the clone's, wherever the command is run from.
$env:STATIQPAT_RACINE = $root
dotnet $dll @args
exit $LASTEXITCODE
